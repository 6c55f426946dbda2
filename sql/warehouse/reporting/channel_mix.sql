-- kind: publish
-- depends_on: gold.fact_sales, gold.dim_date
-- Online vs in-store by year: orders, revenue and each channel's share of the year's revenue.
CREATE OR REPLACE VIEW GOLD.VW_CHANNEL_MIX AS
SELECT
    d.year,
    f.channel,
    COUNT(*) AS orders,
    SUM(f.revenue_usd) AS revenue_usd,
    CAST(DIV0(SUM(f.revenue_usd), SUM(SUM(f.revenue_usd)) OVER (PARTITION BY d.year)) AS DECIMAL(9,4)) AS revenue_share
FROM GOLD.FACT_SALES f
JOIN GOLD.DIM_DATE d ON d.date_key = f.date_key
GROUP BY d.year, f.channel;
