-- kind: publish
-- depends_on: gold.fact_sales, gold.dim_date
-- Average order value and margin by month (orders with lines; gross revenue, USD).
CREATE OR REPLACE VIEW GOLD.VW_ORDER_KPIS_BY_MONTH AS
SELECT
    d.year,
    d.month,
    d.month_start,
    COUNT(*) AS orders,
    SUM(f.line_count) AS order_lines,
    SUM(f.revenue_usd) AS revenue_usd,
    SUM(f.profit_usd) AS profit_usd,
    SUM(f.revenue_at_risk_usd) AS revenue_at_risk_usd,
    SUM(f.net_revenue_usd) AS net_revenue_usd,
    CAST(ROUND(DIV0(SUM(f.revenue_usd), COUNT(*)), 2) AS DECIMAL(18,2)) AS average_order_value_usd,
    CAST(DIV0(SUM(f.profit_usd), SUM(f.revenue_usd)) AS DECIMAL(9,4)) AS margin_ratio
FROM GOLD.FACT_SALES f
JOIN GOLD.DIM_DATE d ON d.date_key = f.date_key
WHERE f.line_count > 0
GROUP BY d.year, d.month, d.month_start;
