-- A run's child runs (GET /api/runs?parent=..., newest first) are found by their parent without a scan of all runs.
CREATE INDEX ix_runs_parent ON runs (parent_run_id, created_at_ms);
