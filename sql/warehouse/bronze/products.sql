-- kind: setup
-- depends_on: bronze.schema
-- The products extract (the full catalogue on the first day, changes after), then the lineage columns.
CREATE TABLE IF NOT EXISTS BRONZE.PRODUCTS (
    product_key INTEGER,
    name VARCHAR,
    brand VARCHAR,
    color VARCHAR,
    category VARCHAR,
    subcategory VARCHAR,
    unit_cost_usd DECIMAL(18,4),
    unit_price_usd DECIMAL(18,4),
    _source_key VARCHAR NOT NULL,
    _etag VARCHAR NOT NULL,
    _row_number BIGINT NOT NULL,
    _loaded_at TIMESTAMP NOT NULL
);
