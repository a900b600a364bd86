CREATE TABLE definitions (
    definition_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    name TEXT NOT NULL,
    json TEXT NOT NULL,
    published_at_ms INTEGER NOT NULL,
    PRIMARY KEY (definition_id, version)
);
CREATE TABLE runs (
    id TEXT NOT NULL PRIMARY KEY,
    definition_id TEXT NOT NULL,
    definition_version INTEGER NOT NULL,
    status TEXT NOT NULL,
    state TEXT NOT NULL,
    parent_run_id TEXT NULL,
    idempotency_key TEXT NULL,
    error TEXT NULL,
    created_at_ms INTEGER NOT NULL,
    updated_at_ms INTEGER NOT NULL,
    revision INTEGER NOT NULL
);
CREATE UNIQUE INDEX ix_runs_idempotency_key ON runs (idempotency_key);
CREATE INDEX ix_runs_status ON runs (status);
CREATE INDEX ix_runs_definition ON runs (definition_id, created_at_ms);
CREATE TABLE bookmarks (
    id TEXT NOT NULL PRIMARY KEY,
    run_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    correlation_key TEXT NULL,
    due_at_ms INTEGER NULL,
    triggered INTEGER NOT NULL DEFAULT 0,
    payload TEXT NULL,
    metadata TEXT NULL,
    created_at_ms INTEGER NOT NULL
);
CREATE INDEX ix_bookmarks_event ON bookmarks (name, correlation_key);
CREATE INDEX ix_bookmarks_due ON bookmarks (due_at_ms);
CREATE INDEX ix_bookmarks_run ON bookmarks (run_id);
CREATE TABLE journal (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    run_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    at_ms INTEGER NOT NULL,
    kind TEXT NOT NULL,
    activity_id TEXT NULL,
    message TEXT NOT NULL,
    data TEXT NULL
);
CREATE INDEX ix_journal_run ON journal (run_id, seq);
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    run_id TEXT NOT NULL,
    type TEXT NOT NULL,
    payload TEXT NOT NULL,
    created_at_ms INTEGER NOT NULL
);
