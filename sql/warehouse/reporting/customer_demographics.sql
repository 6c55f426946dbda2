-- kind: publish
-- depends_on: gold.fact_sales, gold.dim_customer
-- Customers and their spending by age band (age at the latest order date in the data), gender and geography;
-- each customer counts once, with their current attributes.
CREATE OR REPLACE VIEW GOLD.VW_CUSTOMER_DEMOGRAPHICS AS
WITH reference AS (
    SELECT MAX(order_date) AS as_of FROM GOLD.FACT_SALES
),
spend AS (
    SELECT customer_key, COUNT(*) AS orders, SUM(revenue_usd) AS revenue_usd
    FROM GOLD.FACT_SALES
    GROUP BY customer_key
),
customers AS (
    SELECT
        c.customer_key,
        c.gender,
        c.country,
        c.continent,
        CASE
            WHEN c.birthday IS NULL THEN 'Unknown'
            ELSE CASE
                WHEN FLOOR(DATEDIFF('month', c.birthday, r.as_of) / 12) < 25 THEN '18-24'
                WHEN FLOOR(DATEDIFF('month', c.birthday, r.as_of) / 12) < 35 THEN '25-34'
                WHEN FLOOR(DATEDIFF('month', c.birthday, r.as_of) / 12) < 45 THEN '35-44'
                WHEN FLOOR(DATEDIFF('month', c.birthday, r.as_of) / 12) < 55 THEN '45-54'
                WHEN FLOOR(DATEDIFF('month', c.birthday, r.as_of) / 12) < 65 THEN '55-64'
                ELSE '65+' END
        END AS age_band
    FROM GOLD.DIM_CUSTOMER c
    CROSS JOIN reference r
    WHERE c.is_current
)
SELECT
    cu.age_band,
    cu.gender,
    cu.country,
    cu.continent,
    COUNT(*) AS customers,
    SUM(COALESCE(s.orders, 0)) AS orders,
    SUM(COALESCE(s.revenue_usd, 0)) AS revenue_usd
FROM customers cu
LEFT JOIN spend s ON s.customer_key = cu.customer_key
GROUP BY cu.age_band, cu.gender, cu.country, cu.continent;
