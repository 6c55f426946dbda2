-- kind: check
-- Every key of the staged gold tables is unique; dim_customer versions never overlap.
-- Columns: check_name, severity (error blocks the publish, warn is recorded), observed_value, threshold, passed.
SELECT check_name, severity, observed_value, threshold, observed_value <= threshold AS passed
FROM (
SELECT 'unique:fact_sales(order_number)' AS check_name, 'error' AS severity, CAST((SELECT COUNT(*) FROM (SELECT order_number FROM GOLD_STAGE.FACT_SALES GROUP BY order_number HAVING COUNT(*) > 1) d) AS DOUBLE) AS observed_value, CAST(0 AS DOUBLE) AS threshold
UNION ALL
SELECT 'unique:fact_product_sales(order_number+line_number)' AS check_name, 'error' AS severity, CAST((SELECT COUNT(*) FROM (SELECT order_number, line_number FROM GOLD_STAGE.FACT_PRODUCT_SALES GROUP BY order_number, line_number HAVING COUNT(*) > 1) d) AS DOUBLE) AS observed_value, CAST(0 AS DOUBLE) AS threshold
UNION ALL
SELECT 'unique:dim_customer(customer_sk)' AS check_name, 'error' AS severity, CAST((SELECT COUNT(*) FROM (SELECT customer_sk FROM GOLD_STAGE.DIM_CUSTOMER GROUP BY customer_sk HAVING COUNT(*) > 1) d) AS DOUBLE) AS observed_value, CAST(0 AS DOUBLE) AS threshold
UNION ALL
SELECT 'unique:dim_product(product_key)' AS check_name, 'error' AS severity, CAST((SELECT COUNT(*) FROM (SELECT product_key FROM GOLD_STAGE.DIM_PRODUCT GROUP BY product_key HAVING COUNT(*) > 1) d) AS DOUBLE) AS observed_value, CAST(0 AS DOUBLE) AS threshold
UNION ALL
SELECT 'unique:dim_store(store_key)' AS check_name, 'error' AS severity, CAST((SELECT COUNT(*) FROM (SELECT store_key FROM GOLD_STAGE.DIM_STORE GROUP BY store_key HAVING COUNT(*) > 1) d) AS DOUBLE) AS observed_value, CAST(0 AS DOUBLE) AS threshold
UNION ALL
SELECT 'unique:dim_date(date_key)' AS check_name, 'error' AS severity, CAST((SELECT COUNT(*) FROM (SELECT date_key FROM GOLD_STAGE.DIM_DATE GROUP BY date_key HAVING COUNT(*) > 1) d) AS DOUBLE) AS observed_value, CAST(0 AS DOUBLE) AS threshold
UNION ALL
SELECT 'unique:dim_exchange_rates(rate_date+currency)' AS check_name, 'error' AS severity, CAST((SELECT COUNT(*) FROM (SELECT rate_date, currency FROM GOLD_STAGE.DIM_EXCHANGE_RATES GROUP BY rate_date, currency HAVING COUNT(*) > 1) d) AS DOUBLE) AS observed_value, CAST(0 AS DOUBLE) AS threshold
UNION ALL
SELECT 'unique:dim_customer(one current version per customer_key)' AS check_name, 'error' AS severity, CAST((SELECT COUNT(*) FROM (SELECT customer_key FROM GOLD_STAGE.DIM_CUSTOMER WHERE is_current GROUP BY customer_key HAVING COUNT(*) > 1) d) AS DOUBLE) AS observed_value, CAST(0 AS DOUBLE) AS threshold
UNION ALL
SELECT 'unique:dim_customer(overlapping validity)' AS check_name, 'error' AS severity, CAST((SELECT COUNT(*) FROM GOLD_STAGE.DIM_CUSTOMER a JOIN GOLD_STAGE.DIM_CUSTOMER b ON a.customer_key = b.customer_key AND a.customer_sk <> b.customer_sk AND a.valid_from < b.valid_to AND b.valid_from < a.valid_to) AS DOUBLE) AS observed_value, CAST(0 AS DOUBLE) AS threshold
) checks;
