-- kind: check
-- Keys and the columns every figure depends on are never NULL in the staged gold tables.
-- Columns: check_name, severity (error blocks the publish, warn is recorded), observed_value, threshold, passed.
SELECT check_name, severity, observed_value, threshold, observed_value <= threshold AS passed
FROM (
SELECT 'not_null:fact_sales.order_number' AS check_name, 'error' AS severity, CAST((SELECT COUNT(*) FROM GOLD_STAGE.FACT_SALES WHERE order_number IS NULL) AS DOUBLE) AS observed_value, CAST(0 AS DOUBLE) AS threshold
UNION ALL
SELECT 'not_null:fact_sales.order_date' AS check_name, 'error' AS severity, CAST((SELECT COUNT(*) FROM GOLD_STAGE.FACT_SALES WHERE order_date IS NULL) AS DOUBLE) AS observed_value, CAST(0 AS DOUBLE) AS threshold
UNION ALL
SELECT 'not_null:fact_sales.customer_key' AS check_name, 'error' AS severity, CAST((SELECT COUNT(*) FROM GOLD_STAGE.FACT_SALES WHERE customer_key IS NULL) AS DOUBLE) AS observed_value, CAST(0 AS DOUBLE) AS threshold
UNION ALL
SELECT 'not_null:fact_sales.store_key' AS check_name, 'error' AS severity, CAST((SELECT COUNT(*) FROM GOLD_STAGE.FACT_SALES WHERE store_key IS NULL) AS DOUBLE) AS observed_value, CAST(0 AS DOUBLE) AS threshold
UNION ALL
SELECT 'not_null:fact_sales.status' AS check_name, 'error' AS severity, CAST((SELECT COUNT(*) FROM GOLD_STAGE.FACT_SALES WHERE status IS NULL) AS DOUBLE) AS observed_value, CAST(0 AS DOUBLE) AS threshold
UNION ALL
SELECT 'not_null:fact_sales.currency_code' AS check_name, 'error' AS severity, CAST((SELECT COUNT(*) FROM GOLD_STAGE.FACT_SALES WHERE currency_code IS NULL) AS DOUBLE) AS observed_value, CAST(0 AS DOUBLE) AS threshold
UNION ALL
SELECT 'not_null:fact_product_sales.order_number' AS check_name, 'error' AS severity, CAST((SELECT COUNT(*) FROM GOLD_STAGE.FACT_PRODUCT_SALES WHERE order_number IS NULL) AS DOUBLE) AS observed_value, CAST(0 AS DOUBLE) AS threshold
UNION ALL
SELECT 'not_null:fact_product_sales.line_number' AS check_name, 'error' AS severity, CAST((SELECT COUNT(*) FROM GOLD_STAGE.FACT_PRODUCT_SALES WHERE line_number IS NULL) AS DOUBLE) AS observed_value, CAST(0 AS DOUBLE) AS threshold
UNION ALL
SELECT 'not_null:fact_product_sales.product_key' AS check_name, 'error' AS severity, CAST((SELECT COUNT(*) FROM GOLD_STAGE.FACT_PRODUCT_SALES WHERE product_key IS NULL) AS DOUBLE) AS observed_value, CAST(0 AS DOUBLE) AS threshold
UNION ALL
SELECT 'not_null:fact_product_sales.quantity' AS check_name, 'error' AS severity, CAST((SELECT COUNT(*) FROM GOLD_STAGE.FACT_PRODUCT_SALES WHERE quantity IS NULL) AS DOUBLE) AS observed_value, CAST(0 AS DOUBLE) AS threshold
UNION ALL
SELECT 'not_null:fact_product_sales.unit_price_local' AS check_name, 'error' AS severity, CAST((SELECT COUNT(*) FROM GOLD_STAGE.FACT_PRODUCT_SALES WHERE unit_price_local IS NULL) AS DOUBLE) AS observed_value, CAST(0 AS DOUBLE) AS threshold
UNION ALL
SELECT 'not_null:dim_customer.customer_sk' AS check_name, 'error' AS severity, CAST((SELECT COUNT(*) FROM GOLD_STAGE.DIM_CUSTOMER WHERE customer_sk IS NULL) AS DOUBLE) AS observed_value, CAST(0 AS DOUBLE) AS threshold
UNION ALL
SELECT 'not_null:dim_customer.customer_key' AS check_name, 'error' AS severity, CAST((SELECT COUNT(*) FROM GOLD_STAGE.DIM_CUSTOMER WHERE customer_key IS NULL) AS DOUBLE) AS observed_value, CAST(0 AS DOUBLE) AS threshold
UNION ALL
SELECT 'not_null:dim_customer.valid_from' AS check_name, 'error' AS severity, CAST((SELECT COUNT(*) FROM GOLD_STAGE.DIM_CUSTOMER WHERE valid_from IS NULL) AS DOUBLE) AS observed_value, CAST(0 AS DOUBLE) AS threshold
UNION ALL
SELECT 'not_null:dim_customer.valid_to' AS check_name, 'error' AS severity, CAST((SELECT COUNT(*) FROM GOLD_STAGE.DIM_CUSTOMER WHERE valid_to IS NULL) AS DOUBLE) AS observed_value, CAST(0 AS DOUBLE) AS threshold
UNION ALL
SELECT 'not_null:dim_product.product_key' AS check_name, 'error' AS severity, CAST((SELECT COUNT(*) FROM GOLD_STAGE.DIM_PRODUCT WHERE product_key IS NULL) AS DOUBLE) AS observed_value, CAST(0 AS DOUBLE) AS threshold
UNION ALL
SELECT 'not_null:dim_store.store_key' AS check_name, 'error' AS severity, CAST((SELECT COUNT(*) FROM GOLD_STAGE.DIM_STORE WHERE store_key IS NULL) AS DOUBLE) AS observed_value, CAST(0 AS DOUBLE) AS threshold
UNION ALL
SELECT 'not_null:dim_date.date_key' AS check_name, 'error' AS severity, CAST((SELECT COUNT(*) FROM GOLD_STAGE.DIM_DATE WHERE date_key IS NULL) AS DOUBLE) AS observed_value, CAST(0 AS DOUBLE) AS threshold
UNION ALL
SELECT 'not_null:dim_date.calendar_date' AS check_name, 'error' AS severity, CAST((SELECT COUNT(*) FROM GOLD_STAGE.DIM_DATE WHERE calendar_date IS NULL) AS DOUBLE) AS observed_value, CAST(0 AS DOUBLE) AS threshold
UNION ALL
SELECT 'not_null:dim_exchange_rates.rate_date' AS check_name, 'error' AS severity, CAST((SELECT COUNT(*) FROM GOLD_STAGE.DIM_EXCHANGE_RATES WHERE rate_date IS NULL) AS DOUBLE) AS observed_value, CAST(0 AS DOUBLE) AS threshold
UNION ALL
SELECT 'not_null:dim_exchange_rates.currency' AS check_name, 'error' AS severity, CAST((SELECT COUNT(*) FROM GOLD_STAGE.DIM_EXCHANGE_RATES WHERE currency IS NULL) AS DOUBLE) AS observed_value, CAST(0 AS DOUBLE) AS threshold
UNION ALL
SELECT 'not_null:dim_exchange_rates.rate_to_usd' AS check_name, 'error' AS severity, CAST((SELECT COUNT(*) FROM GOLD_STAGE.DIM_EXCHANGE_RATES WHERE rate_to_usd IS NULL) AS DOUBLE) AS observed_value, CAST(0 AS DOUBLE) AS threshold
) checks;
