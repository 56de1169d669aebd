-- Every revision of every township's annual report, kept for ever.
-- vals: the report's cell values (one per cell of its format, by cell index), zigzag-varint encoded (CellCodec).
-- extras: compact JSON of publications, narrative and acknowledgedRules; NULL when the report has none.
-- violations, warnings: compact JSON arrays; NULL when empty.
CREATE TABLE report_revisions (
    id            INTEGER PRIMARY KEY,
    township_code TEXT    NOT NULL,
    year          INTEGER NOT NULL,
    revision      INTEGER NOT NULL CHECK (revision >= 1),
    format        TEXT    NOT NULL,
    submitted_at  TEXT    NOT NULL,            -- UTC, ISO 8601 with 'Z'
    submitted_by  TEXT    NOT NULL,            -- a township key's id, or 'admin'
    flagged       INTEGER NOT NULL CHECK (flagged IN (0, 1)),
    content_hash  TEXT    NOT NULL,
    vals          BLOB    NOT NULL,
    extras        TEXT,
    violations    TEXT,
    warnings      TEXT,
    UNIQUE (township_code, year, revision)
) STRICT;

-- The current revision of each township's report for a year: what listings, rollups and completeness read.
CREATE TABLE reports (
    township_code       TEXT    NOT NULL,
    year                INTEGER NOT NULL,
    county_code         TEXT    NOT NULL,
    format              TEXT    NOT NULL,
    current_revision_id INTEGER NOT NULL REFERENCES report_revisions (id),
    revision            INTEGER NOT NULL,
    flagged             INTEGER NOT NULL CHECK (flagged IN (0, 1)),
    first_submitted_at  TEXT    NOT NULL,      -- when revision 1 arrived (on time: by 31 January of the next year)
    PRIMARY KEY (township_code, year)
) STRICT, WITHOUT ROWID;

CREATE INDEX reports_by_year ON reports (year, township_code);

-- Sums of the current revisions' cells, kept current inside each submission's transaction.
-- level is the length of area_code: 0 the nation (area_code ''), 2 a province, 4 a city, 6 a county.
-- vals: one sum per cell of the format, encoded like report_revisions.vals.
CREATE TABLE rollup_totals (
    level     INTEGER NOT NULL CHECK (level IN (0, 2, 4, 6)),
    area_code TEXT    NOT NULL CHECK (length(area_code) = level),
    year      INTEGER NOT NULL,
    format    TEXT    NOT NULL,
    flagged   INTEGER NOT NULL CHECK (flagged IN (0, 1)),
    reports   INTEGER NOT NULL CHECK (reports > 0),
    vals      BLOB    NOT NULL,
    PRIMARY KEY (level, area_code, year, format, flagged)
) STRICT;
