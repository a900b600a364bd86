-- Open questions are listed from the bookmarks that wait on them, oldest first, by runbook and by target.
ALTER TABLE runs ADD COLUMN target text NULL;
CREATE INDEX ix_runs_target ON runs (target);
CREATE INDEX ix_bookmarks_open ON bookmarks (name, created_at_ms) WHERE triggered = false;
