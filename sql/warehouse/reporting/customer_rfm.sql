-- kind: publish
-- depends_on: gold.fact_sales, gold.dim_customer
-- RFM per customer (recency in days to the latest order date, frequency, monetary = net revenue), quintile
-- scores 1-5, a segment, and lifetime value: historical net revenue, and a three-year projection
-- (average order value × orders per active year × 3).
CREATE OR REPLACE VIEW GOLD.VW_CUSTOMER_RFM AS
WITH reference AS (
    SELECT MAX(order_date) AS as_of FROM GOLD.FACT_SALES
),
per_customer AS (
    SELECT
        f.customer_key,
        MIN(f.order_date) AS first_order_date,
        MAX(f.order_date) AS last_order_date,
        COUNT(*) AS frequency,
        SUM(COALESCE(f.net_revenue_usd, 0)) AS monetary_usd
    FROM GOLD.FACT_SALES f
    GROUP BY f.customer_key
),
scored AS (
    SELECT
        p.*,
        DATEDIFF('day', p.last_order_date, r.as_of) AS recency_days,
        6 - NTILE(5) OVER (ORDER BY DATEDIFF('day', p.last_order_date, r.as_of), p.customer_key) AS r_score,
        NTILE(5) OVER (ORDER BY p.frequency, p.customer_key) AS f_score,
        NTILE(5) OVER (ORDER BY p.monetary_usd, p.customer_key) AS m_score,
        CASE WHEN DATEDIFF('day', p.first_order_date, r.as_of) < 1 THEN 1 ELSE DATEDIFF('day', p.first_order_date, r.as_of) END AS tenure_days
    FROM per_customer p
    CROSS JOIN reference r
)
SELECT
    s.customer_key,
    c.customer_name,
    c.country,
    s.recency_days,
    s.frequency,
    s.monetary_usd,
    s.r_score,
    s.f_score,
    s.m_score,
    CAST(s.r_score AS VARCHAR) || CAST(s.f_score AS VARCHAR) || CAST(s.m_score AS VARCHAR) AS rfm_code,
    CASE
        WHEN s.r_score >= 4 AND s.f_score >= 4 AND s.m_score >= 4 THEN 'Champions'
        WHEN s.r_score >= 3 AND s.f_score >= 3 THEN 'Loyal'
        WHEN s.r_score >= 4 AND s.f_score <= 2 THEN 'New or Promising'
        WHEN s.r_score <= 2 AND s.f_score >= 3 THEN 'At Risk'
        WHEN s.r_score <= 2 AND s.f_score <= 2 THEN 'Hibernating'
        ELSE 'Needs Attention'
    END AS segment,
    s.monetary_usd AS historical_clv_usd,
    CAST(ROUND(DIV0(s.monetary_usd, s.frequency) * s.frequency * 365.0 / s.tenure_days * 3, 2) AS DECIMAL(18,2)) AS projected_3y_clv_usd
FROM scored s
LEFT JOIN GOLD.DIM_CUSTOMER c ON c.customer_key = s.customer_key AND c.is_current;
