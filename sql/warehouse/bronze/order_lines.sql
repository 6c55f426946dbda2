-- kind: setup
-- depends_on: bronze.schema
-- The order_lines extract (unit_price in the order's currency), then the lineage columns.
CREATE TABLE IF NOT EXISTS BRONZE.ORDER_LINES (
    order_number BIGINT,
    line_number INTEGER,
    product_key INTEGER,
    quantity INTEGER,
    unit_price DECIMAL(18,4),
    updated_at TIMESTAMP,
    _source_key VARCHAR NOT NULL,
    _etag VARCHAR NOT NULL,
    _row_number BIGINT NOT NULL,
    _loaded_at TIMESTAMP NOT NULL
);
