-- kind: build
-- depends_on: gold.schema, silver.exchange_rates
-- One rate per currency and day: USD per one unit of the currency (amount_usd = amount_local × rate_to_usd).
CREATE OR REPLACE TABLE GOLD_STAGE.DIM_EXCHANGE_RATES AS
SELECT
    CAST(EXTRACT(year FROM rate_date) * 10000 + EXTRACT(month FROM rate_date) * 100 + EXTRACT(day FROM rate_date) AS INTEGER) AS date_key,
    rate_date,
    currency,
    rate_to_usd
FROM SILVER.EXCHANGE_RATES;
