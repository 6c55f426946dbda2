-- kind: setup
-- depends_on: bronze.schema
-- The stores extract, then the lineage columns.
CREATE TABLE IF NOT EXISTS BRONZE.STORES (
    store_key INTEGER,
    name VARCHAR,
    country VARCHAR,
    state VARCHAR,
    square_meters INTEGER,
    open_date DATE,
    is_online BOOLEAN,
    _source_key VARCHAR NOT NULL,
    _etag VARCHAR NOT NULL,
    _row_number BIGINT NOT NULL,
    _loaded_at TIMESTAMP NOT NULL
);
