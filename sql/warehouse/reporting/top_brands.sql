-- kind: publish
-- depends_on: gold.fact_product_sales, gold.dim_product
-- Brands ranked by gross revenue (USD), with their profit and share of all revenue.
CREATE OR REPLACE VIEW GOLD.VW_TOP_BRANDS AS
SELECT
    p.brand,
    SUM(f.quantity) AS quantity,
    SUM(f.revenue_usd) AS revenue_usd,
    SUM(f.profit_usd) AS profit_usd,
    CAST(DIV0(SUM(f.revenue_usd), SUM(SUM(f.revenue_usd)) OVER ()) AS DECIMAL(9,4)) AS revenue_share,
    RANK() OVER (ORDER BY SUM(f.revenue_usd) DESC) AS revenue_rank
FROM GOLD.FACT_PRODUCT_SALES f
JOIN GOLD.DIM_PRODUCT p ON p.product_key = f.product_key
GROUP BY p.brand;
