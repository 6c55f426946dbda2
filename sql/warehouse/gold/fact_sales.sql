-- kind: build
-- depends_on: gold.schema, gold.dim_customer, gold.fact_product_sales, silver.orders
-- Order grain: the sum of the order's rounded lines (gross revenue, attributed to the order date whatever the
-- later status); revenue at risk is the gross revenue of orders now CANCELLED or RETURNED; net = gross - at risk.
CREATE OR REPLACE TABLE GOLD_STAGE.FACT_SALES AS
WITH line_totals AS (
    SELECT
        order_number,
        COUNT(*) AS line_count,
        SUM(quantity) AS quantity,
        SUM(revenue_local) AS revenue_local,
        SUM(revenue_usd) AS revenue_usd,
        SUM(cost_local) AS cost_local,
        SUM(cost_usd) AS cost_usd,
        BOOLOR_AGG(is_rate_missing) AS is_rate_missing
    FROM GOLD_STAGE.FACT_PRODUCT_SALES
    GROUP BY order_number
)
SELECT
    o.order_number,
    CAST(EXTRACT(year FROM o.order_date) * 10000 + EXTRACT(month FROM o.order_date) * 100 + EXTRACT(day FROM o.order_date) AS INTEGER) AS date_key,
    o.order_date,
    o.delivery_date,
    o.customer_key,
    c.customer_sk,
    o.store_key,
    o.channel,
    o.currency_code,
    o.payment_method,
    o.status,
    CAST(COALESCE(t.line_count, 0) AS INTEGER) AS line_count,
    CAST(COALESCE(t.quantity, 0) AS INTEGER) AS quantity,
    CAST(COALESCE(t.revenue_local, 0) AS DECIMAL(18,2)) AS revenue_local,
    CAST(CASE WHEN COALESCE(t.is_rate_missing, FALSE) THEN NULL ELSE COALESCE(t.revenue_usd, 0) END AS DECIMAL(18,2)) AS revenue_usd,
    CAST(CASE WHEN COALESCE(t.is_rate_missing, FALSE) THEN NULL ELSE COALESCE(t.cost_local, 0) END AS DECIMAL(18,2)) AS cost_local,
    CAST(COALESCE(t.cost_usd, 0) AS DECIMAL(18,2)) AS cost_usd,
    CAST(CASE WHEN COALESCE(t.is_rate_missing, FALSE) THEN NULL ELSE COALESCE(t.revenue_local, 0) - COALESCE(t.cost_local, 0) END AS DECIMAL(18,2)) AS profit_local,
    CAST(CASE WHEN COALESCE(t.is_rate_missing, FALSE) THEN NULL ELSE COALESCE(t.revenue_usd, 0) - COALESCE(t.cost_usd, 0) END AS DECIMAL(18,2)) AS profit_usd,
    CAST(CASE WHEN COALESCE(t.is_rate_missing, FALSE) THEN NULL
        WHEN o.status IN ('CANCELLED', 'RETURNED') THEN COALESCE(t.revenue_usd, 0) ELSE 0 END AS DECIMAL(18,2)) AS revenue_at_risk_usd,
    CAST(CASE WHEN COALESCE(t.is_rate_missing, FALSE) THEN NULL
        WHEN o.status IN ('CANCELLED', 'RETURNED') THEN 0 ELSE COALESCE(t.revenue_usd, 0) END AS DECIMAL(18,2)) AS net_revenue_usd,
    COALESCE(t.is_rate_missing, FALSE) AS is_rate_missing,
    o.status = 'CANCELLED' AS is_cancelled,
    o.status = 'RETURNED' AS is_returned,
    o.status = 'DELIVERED' AS is_delivered,
    o.channel = 'ONLINE' AS is_online,
    CASE WHEN o.delivery_date IS NOT NULL THEN CAST(DATEDIFF('day', o.order_date, o.delivery_date) AS INTEGER) END AS delivery_days
FROM SILVER.ORDERS o
LEFT JOIN line_totals t ON t.order_number = o.order_number
LEFT JOIN GOLD_STAGE.DIM_CUSTOMER c
    ON c.customer_key = o.customer_key AND o.order_date >= c.valid_from AND o.order_date < c.valid_to;
