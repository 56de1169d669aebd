-- Explanations: a township's word on a finding of one revision of its report (a warning, an acknowledged violation or an
-- outlier), named by the finding's code and JSON Pointer. Kept for ever: a later explanation of the same finding of the
-- same revision supersedes the earlier one, which stays. An explanation explains the revision it was given on only;
-- a new revision's findings are unexplained until explained again.
CREATE TABLE report_explanations (
    id            INTEGER PRIMARY KEY,
    township_code TEXT    NOT NULL,
    year          INTEGER NOT NULL,
    revision      INTEGER NOT NULL CHECK (revision >= 1),
    code          TEXT    NOT NULL,
    pointer       TEXT    NOT NULL,
    text          TEXT    NOT NULL CHECK (length(text) > 0),
    at            TEXT    NOT NULL,            -- UTC, ISO 8601 with 'Z'
    by            TEXT    NOT NULL             -- 'admin', or a township key's id
) STRICT;

CREATE INDEX report_explanations_by_report ON report_explanations (township_code, year, id);
