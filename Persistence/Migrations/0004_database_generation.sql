-- Names this copy of the database. Read answers' ETags include it, so that a tag taken from one copy never
-- matches an answer from another (a backup restored in its place). A backup writes a new id into its copy.
CREATE TABLE database_generation (
    only INTEGER NOT NULL PRIMARY KEY CHECK (only = 1),
    id   TEXT    NOT NULL
) STRICT;

INSERT INTO database_generation (only, id) VALUES (1, lower(hex(randomblob(16))));
