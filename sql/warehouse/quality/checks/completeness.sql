-- kind: check
-- Every bronze business key reaches silver, every silver order reaches gold; keyless bronze rows are counted.
-- Columns: check_name, severity (error blocks the publish, warn is recorded), observed_value, threshold, passed.
SELECT check_name, severity, observed_value, threshold, observed_value <= threshold AS passed
FROM (
SELECT 'completeness:bronze.customers->silver.customers' AS check_name, 'error' AS severity, CAST((SELECT COUNT(*) FROM (SELECT DISTINCT customer_key FROM SILVER.CUSTOMERS_CLEANSED) b WHERE NOT EXISTS (SELECT 1 FROM SILVER.CUSTOMERS s WHERE s.customer_key = b.customer_key)) AS DOUBLE) AS observed_value, CAST(0 AS DOUBLE) AS threshold
UNION ALL
SELECT 'completeness:bronze.products->silver.products' AS check_name, 'error' AS severity, CAST((SELECT COUNT(*) FROM (SELECT DISTINCT product_key FROM SILVER.PRODUCTS_CLEANSED) b WHERE NOT EXISTS (SELECT 1 FROM SILVER.PRODUCTS s WHERE s.product_key = b.product_key)) AS DOUBLE) AS observed_value, CAST(0 AS DOUBLE) AS threshold
UNION ALL
SELECT 'completeness:bronze.stores->silver.stores' AS check_name, 'error' AS severity, CAST((SELECT COUNT(*) FROM (SELECT DISTINCT store_key FROM SILVER.STORES_CLEANSED) b WHERE NOT EXISTS (SELECT 1 FROM SILVER.STORES s WHERE s.store_key = b.store_key)) AS DOUBLE) AS observed_value, CAST(0 AS DOUBLE) AS threshold
UNION ALL
SELECT 'completeness:bronze.orders->silver.orders' AS check_name, 'error' AS severity, CAST((SELECT COUNT(*) FROM (SELECT DISTINCT order_number FROM SILVER.ORDERS_CLEANSED) b WHERE NOT EXISTS (SELECT 1 FROM SILVER.ORDERS s WHERE s.order_number = b.order_number)) AS DOUBLE) AS observed_value, CAST(0 AS DOUBLE) AS threshold
UNION ALL
SELECT 'completeness:bronze.order_lines->silver.order_lines' AS check_name, 'error' AS severity, CAST((SELECT COUNT(*) FROM (SELECT DISTINCT order_number, line_number FROM SILVER.ORDER_LINES_CLEANSED) b WHERE NOT EXISTS (SELECT 1 FROM SILVER.ORDER_LINES s WHERE s.order_number = b.order_number AND s.line_number = b.line_number)) AS DOUBLE) AS observed_value, CAST(0 AS DOUBLE) AS threshold
UNION ALL
SELECT 'completeness:bronze.exchange_rates->silver.exchange_rates' AS check_name, 'error' AS severity, CAST((SELECT COUNT(*) FROM (SELECT DISTINCT rate_date, currency FROM SILVER.EXCHANGE_RATES_CLEANSED) b WHERE NOT EXISTS (SELECT 1 FROM SILVER.EXCHANGE_RATES s WHERE s.rate_date = b.rate_date AND s.currency = b.currency)) AS DOUBLE) AS observed_value, CAST(0 AS DOUBLE) AS threshold
UNION ALL
SELECT 'completeness:silver.orders->gold.fact_sales' AS check_name, 'error' AS severity, CAST((SELECT COUNT(*) FROM SILVER.ORDERS o WHERE NOT EXISTS (SELECT 1 FROM GOLD_STAGE.FACT_SALES f WHERE f.order_number = o.order_number)) AS DOUBLE) AS observed_value, CAST(0 AS DOUBLE) AS threshold
UNION ALL
SELECT 'completeness:bronze rows without a business key' AS check_name, 'warn' AS severity, CAST((SELECT (SELECT COUNT(*) FROM BRONZE.CUSTOMERS WHERE customer_key IS NULL) + (SELECT COUNT(*) FROM BRONZE.PRODUCTS WHERE product_key IS NULL) + (SELECT COUNT(*) FROM BRONZE.STORES WHERE store_key IS NULL) + (SELECT COUNT(*) FROM BRONZE.ORDERS WHERE order_number IS NULL) + (SELECT COUNT(*) FROM BRONZE.ORDER_LINES WHERE order_number IS NULL)) AS DOUBLE) AS observed_value, CAST(0 AS DOUBLE) AS threshold
) checks;
