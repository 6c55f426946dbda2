-- kind: setup
-- depends_on: bronze.schema
-- The customers extract as delivered (one row per change), then the lineage columns.
CREATE TABLE IF NOT EXISTS BRONZE.CUSTOMERS (
    customer_key INTEGER,
    name VARCHAR,
    gender VARCHAR,
    birthday DATE,
    city VARCHAR,
    state VARCHAR,
    country VARCHAR,
    continent VARCHAR,
    changed_at TIMESTAMP,
    _source_key VARCHAR NOT NULL,
    _etag VARCHAR NOT NULL,
    _row_number BIGINT NOT NULL,
    _loaded_at TIMESTAMP NOT NULL
);
