-- kind: build
-- depends_on: gold.schema, silver.products
-- The catalogue as it stands now; missing descriptive values read 'Unknown' for reporting.
CREATE OR REPLACE TABLE GOLD_STAGE.DIM_PRODUCT AS
SELECT
    product_key,
    COALESCE(name, 'Unknown') AS product_name,
    COALESCE(brand, 'Unknown') AS brand,
    COALESCE(color, 'Unknown') AS color,
    COALESCE(category, 'Unknown') AS category,
    COALESCE(subcategory, 'Unknown') AS subcategory,
    unit_cost_usd,
    unit_price_usd,
    CASE WHEN unit_price_usd > 0
        THEN CAST(ROUND((unit_price_usd - unit_cost_usd) / unit_price_usd, 4) AS DECIMAL(9,4)) END AS list_margin_ratio
FROM SILVER.PRODUCTS;
