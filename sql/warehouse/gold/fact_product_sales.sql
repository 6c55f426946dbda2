-- kind: build
-- depends_on: gold.schema, gold.dim_customer, silver.orders, silver.order_lines, silver.products, silver.exchange_rates
-- Line grain. Money follows docs/CONTRACTS.md: the rate of the order's date and currency (USD is 1), each line
-- rounded once to cents: ROUND(quantity × unit_price × rate, 2). No rate for that day: the line is marked
-- (is_rate_missing), its USD amounts are NULL, and the quality gate counts it; nothing is guessed.
CREATE OR REPLACE TABLE GOLD_STAGE.FACT_PRODUCT_SALES AS
WITH lines AS (
    SELECT
        l.order_number,
        l.line_number,
        l.product_key,
        o.order_date,
        o.customer_key,
        o.store_key,
        o.channel,
        o.currency_code,
        o.status,
        l.quantity,
        l.unit_price AS unit_price_local,
        CASE WHEN o.currency_code = 'USD' THEN CAST(1 AS DECIMAL(18,8)) ELSE r.rate_to_usd END AS rate_to_usd,
        p.unit_cost_usd
    FROM SILVER.ORDER_LINES l
    JOIN SILVER.ORDERS o ON o.order_number = l.order_number
    LEFT JOIN SILVER.EXCHANGE_RATES r ON r.rate_date = o.order_date AND r.currency = o.currency_code
    LEFT JOIN SILVER.PRODUCTS p ON p.product_key = l.product_key
),
priced AS (
    SELECT
        lines.*,
        CAST(ROUND(quantity * unit_price_local, 2) AS DECIMAL(18,2)) AS revenue_local,
        CAST(ROUND(quantity * unit_price_local * rate_to_usd, 2) AS DECIMAL(18,2)) AS revenue_usd,
        CAST(ROUND(quantity * unit_cost_usd, 2) AS DECIMAL(18,2)) AS cost_usd,
        CAST(ROUND(CAST(quantity * unit_cost_usd AS DECIMAL(18,4)) / rate_to_usd, 2) AS DECIMAL(18,2)) AS cost_local
    FROM lines
)
SELECT
    p.order_number,
    p.line_number,
    p.product_key,
    CAST(EXTRACT(year FROM p.order_date) * 10000 + EXTRACT(month FROM p.order_date) * 100 + EXTRACT(day FROM p.order_date) AS INTEGER) AS date_key,
    p.order_date,
    p.customer_key,
    c.customer_sk,
    p.store_key,
    p.channel,
    p.currency_code,
    p.status,
    p.quantity,
    p.unit_price_local,
    p.rate_to_usd,
    p.rate_to_usd IS NULL AS is_rate_missing,
    p.revenue_local,
    p.revenue_usd,
    p.cost_local,
    p.cost_usd,
    CAST(p.revenue_local - p.cost_local AS DECIMAL(18,2)) AS profit_local,
    CAST(p.revenue_usd - p.cost_usd AS DECIMAL(18,2)) AS profit_usd,
    p.status = 'CANCELLED' AS is_cancelled,
    p.status = 'RETURNED' AS is_returned
FROM priced p
LEFT JOIN GOLD_STAGE.DIM_CUSTOMER c
    ON c.customer_key = p.customer_key AND p.order_date >= c.valid_from AND p.order_date < c.valid_to;
