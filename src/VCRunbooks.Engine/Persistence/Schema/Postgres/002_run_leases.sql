-- Scale-out: a run executes on one node at a time. The node holding lease_owner until lease_until_ms runs its
-- passes; a dispatch that finds the lease held sets lease_again so the holder passes once more before releasing.
ALTER TABLE runs ADD COLUMN lease_owner text NULL;
ALTER TABLE runs ADD COLUMN lease_until_ms bigint NULL;
ALTER TABLE runs ADD COLUMN lease_again boolean NOT NULL DEFAULT false;
CREATE INDEX ix_runs_lease ON runs (lease_until_ms) WHERE lease_owner IS NOT NULL;
-- A poller that dispatched a due timer claims it until claimed_until_ms, so other nodes do not dispatch it too.
ALTER TABLE bookmarks ADD COLUMN claimed_until_ms bigint NULL;
