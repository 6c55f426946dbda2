-- kind: setup
-- The silver schema: cleansed, typed, one row per business key (customers also keep every version).
CREATE SCHEMA IF NOT EXISTS SILVER;
