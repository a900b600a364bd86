-- Where a published version came from (a file in a git repository: its path, commit and author), and runbooks
-- retracted because their file left the repository: new runs are refused, runs in flight keep their version.
ALTER TABLE definitions ADD COLUMN source_path TEXT NULL;
ALTER TABLE definitions ADD COLUMN source_revision TEXT NULL;
ALTER TABLE definitions ADD COLUMN source_author TEXT NULL;
CREATE TABLE definition_retractions (
    definition_id TEXT NOT NULL PRIMARY KEY,
    reason TEXT NOT NULL,
    retracted_at_ms INTEGER NOT NULL
);
