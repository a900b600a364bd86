-- A row may hold all events of one commit (type 'batch', payload a JSON array); its id is the last event's id.
ALTER TABLE outbox ADD COLUMN event_count INTEGER NOT NULL DEFAULT 1;
