-- The reports that count: every read that lists, sums or compares reports (listings, rollups by township, cells,
-- completeness, tables of a township, the previous year of the year-over-year checks) reads this view, never
-- reports itself, so that a withdrawn report counts nowhere from the moment it is withdrawn. A withdrawn report's
-- own answer, its revisions and its review history are read from the tables and stay readable.
-- A plain filter over one table: SQLite flattens it into each query, so the reads keep the primary key's order
-- and the township-level rollups their plan; nothing is joined.
CREATE VIEW current_reports AS
SELECT * FROM reports WHERE review_state <> 'withdrawn';
