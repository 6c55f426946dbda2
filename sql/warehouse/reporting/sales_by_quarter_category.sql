-- kind: publish
-- depends_on: gold.fact_product_sales, gold.dim_product, gold.dim_date
-- Sales by quarter and product category (gross, USD).
CREATE OR REPLACE VIEW GOLD.VW_SALES_BY_QUARTER_CATEGORY AS
SELECT
    d.year,
    d.quarter,
    d.year_quarter,
    p.category,
    COUNT(DISTINCT f.order_number) AS orders,
    SUM(f.quantity) AS quantity,
    SUM(f.revenue_usd) AS revenue_usd,
    SUM(f.cost_usd) AS cost_usd,
    SUM(f.profit_usd) AS profit_usd,
    CAST(DIV0(SUM(f.profit_usd), SUM(f.revenue_usd)) AS DECIMAL(9,4)) AS margin_ratio
FROM GOLD.FACT_PRODUCT_SALES f
JOIN GOLD.DIM_PRODUCT p ON p.product_key = f.product_key
JOIN GOLD.DIM_DATE d ON d.date_key = f.date_key
GROUP BY d.year, d.quarter, d.year_quarter, p.category;
