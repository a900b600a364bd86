-- A row may hold all events of one commit (type 'batch', payload a JSON array): its id is its highest event id,
-- first_id its lowest (NULL on a one-event row).
ALTER TABLE outbox ADD COLUMN event_count INTEGER NOT NULL DEFAULT 1;
ALTER TABLE outbox ADD COLUMN first_id INTEGER NULL;
