-- kind: setup
-- depends_on: bronze.schema
-- The exchange_rates extract (USD per one unit of the currency, per day), then the lineage columns.
CREATE TABLE IF NOT EXISTS BRONZE.EXCHANGE_RATES (
    date DATE,
    currency VARCHAR,
    rate_to_usd DECIMAL(18,8),
    _source_key VARCHAR NOT NULL,
    _etag VARCHAR NOT NULL,
    _row_number BIGINT NOT NULL,
    _loaded_at TIMESTAMP NOT NULL
);
