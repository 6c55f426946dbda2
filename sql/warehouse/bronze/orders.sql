-- kind: setup
-- depends_on: bronze.schema
-- The orders extract: an order header each time it is created or changes, then the lineage columns.
CREATE TABLE IF NOT EXISTS BRONZE.ORDERS (
    order_number BIGINT,
    order_date DATE,
    delivery_date DATE,
    customer_key INTEGER,
    store_key INTEGER,
    channel VARCHAR,
    currency_code VARCHAR,
    payment_method VARCHAR,
    status VARCHAR,
    updated_at TIMESTAMP,
    _source_key VARCHAR NOT NULL,
    _etag VARCHAR NOT NULL,
    _row_number BIGINT NOT NULL,
    _loaded_at TIMESTAMP NOT NULL
);
