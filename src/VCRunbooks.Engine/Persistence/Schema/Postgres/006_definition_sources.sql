-- Where a published version came from (a file in a git repository: its path, commit and author), and runbooks
-- retracted because their file left the repository: new runs are refused, runs in flight keep their version.
ALTER TABLE definitions ADD COLUMN source_path text NULL;
ALTER TABLE definitions ADD COLUMN source_revision text NULL;
ALTER TABLE definitions ADD COLUMN source_author text NULL;
CREATE TABLE definition_retractions (
    definition_id text NOT NULL PRIMARY KEY,
    reason text NOT NULL,
    retracted_at_ms bigint NOT NULL
);
