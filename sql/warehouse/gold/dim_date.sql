-- kind: build
-- depends_on: gold.schema, silver.orders, silver.exchange_rates
-- Every day of every year the data touches. The spine is a recursive CTE of 64 iterations, crossed with itself
-- (day = first day + 64 × high + low, up to 4,096 days), so no engine's recursion limit is ever near.
-- Holidays are the fixed-date ones every store country shares (New Year's Day, Christmas Day, Boxing Day).
CREATE OR REPLACE TABLE GOLD_STAGE.DIM_DATE AS
WITH RECURSIVE offsets (n) AS (
    SELECT 0
    UNION ALL
    SELECT n + 1 FROM offsets WHERE n < 63
),
seen AS (
    SELECT order_date AS d FROM SILVER.ORDERS WHERE order_date IS NOT NULL
    UNION ALL
    SELECT delivery_date FROM SILVER.ORDERS WHERE delivery_date IS NOT NULL
    UNION ALL
    SELECT rate_date FROM SILVER.EXCHANGE_RATES
),
bounds AS (
    SELECT
        DATE_FROM_PARTS(COALESCE(EXTRACT(year FROM MIN(d)), EXTRACT(year FROM CURRENT_DATE)), 1, 1) AS first_day,
        DATE_FROM_PARTS(COALESCE(EXTRACT(year FROM MAX(d)), EXTRACT(year FROM CURRENT_DATE)), 12, 31) AS last_day
    FROM seen
),
spine AS (
    SELECT b.first_day + (hi.n * 64 + lo.n) AS calendar_date
    FROM bounds b CROSS JOIN offsets hi CROSS JOIN offsets lo
    WHERE b.first_day + (hi.n * 64 + lo.n) <= b.last_day
)
SELECT
    CAST(EXTRACT(year FROM calendar_date) * 10000 + EXTRACT(month FROM calendar_date) * 100 + EXTRACT(day FROM calendar_date) AS INTEGER) AS date_key,
    calendar_date,
    CAST(EXTRACT(year FROM calendar_date) AS INTEGER) AS year,
    CAST(EXTRACT(quarter FROM calendar_date) AS INTEGER) AS quarter,
    'Q' || CAST(EXTRACT(quarter FROM calendar_date) AS VARCHAR) AS quarter_label,
    CAST(EXTRACT(year FROM calendar_date) AS VARCHAR) || '-Q' || CAST(EXTRACT(quarter FROM calendar_date) AS VARCHAR) AS year_quarter,
    CAST(EXTRACT(month FROM calendar_date) AS INTEGER) AS month,
    CASE EXTRACT(month FROM calendar_date)
        WHEN 1 THEN 'January' WHEN 2 THEN 'February' WHEN 3 THEN 'March' WHEN 4 THEN 'April'
        WHEN 5 THEN 'May' WHEN 6 THEN 'June' WHEN 7 THEN 'July' WHEN 8 THEN 'August'
        WHEN 9 THEN 'September' WHEN 10 THEN 'October' WHEN 11 THEN 'November' ELSE 'December' END AS month_name,
    CAST(DATE_TRUNC('month', calendar_date) AS DATE) AS month_start,
    CAST(WEEKISO(calendar_date) AS INTEGER) AS iso_week,
    CAST(DAYOFWEEKISO(calendar_date) AS INTEGER) AS iso_day_of_week,
    DAYOFWEEKISO(calendar_date) >= 6 AS is_weekend,
    CASE
        WHEN EXTRACT(month FROM calendar_date) = 1 AND EXTRACT(day FROM calendar_date) = 1 THEN 'New Year''s Day'
        WHEN EXTRACT(month FROM calendar_date) = 12 AND EXTRACT(day FROM calendar_date) = 25 THEN 'Christmas Day'
        WHEN EXTRACT(month FROM calendar_date) = 12 AND EXTRACT(day FROM calendar_date) = 26 THEN 'Boxing Day'
    END AS holiday_name,
    (EXTRACT(month FROM calendar_date) = 1 AND EXTRACT(day FROM calendar_date) = 1)
        OR (EXTRACT(month FROM calendar_date) = 12 AND EXTRACT(day FROM calendar_date) IN (25, 26)) AS is_holiday
FROM spine;
