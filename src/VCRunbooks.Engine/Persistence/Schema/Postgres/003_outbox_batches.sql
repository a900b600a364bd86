-- Same columns as on SQLite; PostgreSQL commits keep writing one row per event (event_count 1, first_id NULL).
ALTER TABLE outbox ADD COLUMN event_count integer NOT NULL DEFAULT 1;
ALTER TABLE outbox ADD COLUMN first_id bigint NULL;
