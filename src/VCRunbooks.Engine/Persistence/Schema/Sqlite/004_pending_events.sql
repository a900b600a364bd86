CREATE TABLE pending_events (
    id TEXT NOT NULL PRIMARY KEY,
    name TEXT NOT NULL,
    correlation_key TEXT NOT NULL,
    payload TEXT NULL,
    created_at_ms INTEGER NOT NULL,
    expires_at_ms INTEGER NOT NULL
);
CREATE INDEX ix_pending_events_key ON pending_events (name, correlation_key, created_at_ms);
CREATE INDEX ix_pending_events_expiry ON pending_events (expires_at_ms);
