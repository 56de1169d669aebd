-- Review (county sign-off). Each report has a review state beside its current revision. A withdrawn report stays
-- (its revisions and history are kept for ever) but counts nowhere: not in listings, rollups or completeness.
ALTER TABLE reports ADD COLUMN review_state TEXT NOT NULL DEFAULT 'submitted'
    CHECK (review_state IN ('submitted', 'accepted', 'returned', 'withdrawn'));

-- Every change of a report's review state, oldest first: who, when, which revision, why.
-- action: accepted, returned, unlocked, withdrawn (the county's decisions) or resubmitted (a new revision that put a
-- returned or withdrawn report back to submitted). state: the state it left the report in.
-- overrode: acceptance of a report whose warnings were not all explained, with the reason as the override's.
CREATE TABLE report_reviews (
    id            INTEGER PRIMARY KEY,
    township_code TEXT    NOT NULL,
    year          INTEGER NOT NULL,
    revision      INTEGER NOT NULL CHECK (revision >= 1),
    action        TEXT    NOT NULL CHECK (action IN ('accepted', 'returned', 'unlocked', 'withdrawn', 'resubmitted')),
    state         TEXT    NOT NULL CHECK (state IN ('submitted', 'accepted', 'returned', 'withdrawn')),
    reason        TEXT,
    overrode      INTEGER NOT NULL DEFAULT 0 CHECK (overrode IN (0, 1)),
    at            TEXT    NOT NULL,            -- UTC, ISO 8601 with 'Z'
    by            TEXT    NOT NULL             -- 'admin', or a township key's id
) STRICT;

CREATE INDEX report_reviews_by_report ON report_reviews (township_code, year, id);

-- The totals are kept per review state too, so that accepted reports can be summed alone and every answer can say
-- how many of each state it sums. Withdrawn reports are in no total. Every report stored so far is submitted.
CREATE TABLE rollup_totals_by_state (
    level     INTEGER NOT NULL CHECK (level IN (0, 2, 4, 6)),
    area_code TEXT    NOT NULL CHECK (length(area_code) = level),
    year      INTEGER NOT NULL,
    format    TEXT    NOT NULL,
    flagged   INTEGER NOT NULL CHECK (flagged IN (0, 1)),
    state     TEXT    NOT NULL CHECK (state IN ('submitted', 'accepted', 'returned')),
    reports   INTEGER NOT NULL CHECK (reports > 0),
    vals      BLOB    NOT NULL,
    PRIMARY KEY (level, area_code, year, format, flagged, state)
) STRICT;

INSERT INTO rollup_totals_by_state (level, area_code, year, format, flagged, state, reports, vals)
SELECT level, area_code, year, format, flagged, 'submitted', reports, vals FROM rollup_totals;

DROP TABLE rollup_totals;
ALTER TABLE rollup_totals_by_state RENAME TO rollup_totals;
CREATE INDEX rollup_totals_by_year ON rollup_totals (level, year, area_code);
