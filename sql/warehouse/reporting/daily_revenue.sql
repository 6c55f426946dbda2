-- kind: publish
-- depends_on: gold.fact_sales
-- Gross revenue per order date: the figure the realtime store is reconciled against (docs/CONTRACTS.md).
CREATE OR REPLACE VIEW GOLD.VW_DAILY_REVENUE AS
SELECT
    order_date,
    COUNT(*) AS orders,
    SUM(line_count) AS order_lines,
    SUM(revenue_usd) AS gross_revenue_usd,
    SUM(revenue_at_risk_usd) AS revenue_at_risk_usd,
    SUM(net_revenue_usd) AS net_revenue_usd,
    SUM(CASE WHEN is_rate_missing THEN 1 ELSE 0 END) AS orders_without_rate
FROM GOLD.FACT_SALES
GROUP BY order_date;
