-- kind: setup
-- The bronze schema: raw extracts, append-only, one table per extract entity, plus the load audit.
CREATE SCHEMA IF NOT EXISTS BRONZE;
