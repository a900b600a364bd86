-- Same columns as on PostgreSQL so both schemas stay alike; a SQLite file has one node, which takes no leases.
ALTER TABLE runs ADD COLUMN lease_owner TEXT NULL;
ALTER TABLE runs ADD COLUMN lease_until_ms INTEGER NULL;
ALTER TABLE runs ADD COLUMN lease_again INTEGER NOT NULL DEFAULT 0;
ALTER TABLE bookmarks ADD COLUMN claimed_until_ms INTEGER NULL;
