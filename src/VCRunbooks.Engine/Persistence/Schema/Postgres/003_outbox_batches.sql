-- Same column as on SQLite; PostgreSQL commits keep writing one row per event (event_count 1).
ALTER TABLE outbox ADD COLUMN event_count integer NOT NULL DEFAULT 1;
