CREATE TABLE pending_events (
    id text NOT NULL PRIMARY KEY,
    name text NOT NULL,
    correlation_key text NOT NULL,
    payload text NULL,
    created_at_ms bigint NOT NULL,
    expires_at_ms bigint NOT NULL
);
CREATE INDEX ix_pending_events_key ON pending_events (name, correlation_key, created_at_ms);
CREATE INDEX ix_pending_events_expiry ON pending_events (expires_at_ms);
