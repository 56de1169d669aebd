-- The 2021 format keeps, after all its other cells, the cells of （六）其他处理 printed as one row (as some real
-- reports print it) and the marker of such a report. Every 2021 vector stored before has them as 0: a 0 is one
-- zero byte in the packed vector, so appending 8 zero bytes gives each stored vector and total its 8 new cells.
UPDATE report_revisions SET vals = CAST(vals || zeroblob(8) AS BLOB) WHERE format = '2021';
UPDATE rollup_totals SET vals = CAST(vals || zeroblob(8) AS BLOB) WHERE format = '2021';

-- The date a township published its report (YYYY-MM-DD), when the report says: on time is judged by it. The
-- current revision's is kept beside the report too, where completeness reads it.
ALTER TABLE report_revisions ADD COLUMN published_at TEXT;
ALTER TABLE reports ADD COLUMN published_at TEXT;
