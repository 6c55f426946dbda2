-- kind: publish
-- depends_on: gold.fact_sales, gold.dim_store
-- Store performance: orders, revenue, profit, revenue per square metre, delivery days, online vs in-store.
CREATE OR REPLACE VIEW GOLD.VW_STORE_PERFORMANCE AS
SELECT
    s.store_key,
    s.store_name,
    s.country,
    s.store_type,
    s.square_meters,
    COUNT(f.order_number) AS orders,
    SUM(f.revenue_usd) AS revenue_usd,
    SUM(f.profit_usd) AS profit_usd,
    SUM(f.revenue_at_risk_usd) AS revenue_at_risk_usd,
    CAST(ROUND(DIV0(SUM(f.revenue_usd), COUNT(f.order_number)), 2) AS DECIMAL(18,2)) AS average_order_value_usd,
    CASE WHEN s.square_meters > 0 THEN CAST(ROUND(SUM(f.revenue_usd) / s.square_meters, 2) AS DECIMAL(18,2)) END AS revenue_per_square_meter_usd,
    CAST(AVG(f.delivery_days) AS DECIMAL(9,2)) AS average_delivery_days
FROM GOLD.DIM_STORE s
LEFT JOIN GOLD.FACT_SALES f ON f.store_key = s.store_key
GROUP BY s.store_key, s.store_name, s.country, s.store_type, s.square_meters;
