-- kind: check
-- Every fact row joins each of its dimensions; orders without the rate of their date are counted (warn).
-- Columns: check_name, severity (error blocks the publish, warn is recorded), observed_value, threshold, passed.
SELECT check_name, severity, observed_value, threshold, observed_value <= threshold AS passed
FROM (
SELECT 'references:fact_sales.customer_sk->dim_customer' AS check_name, 'error' AS severity, CAST((SELECT COUNT(*) FROM GOLD_STAGE.FACT_SALES f WHERE NOT EXISTS (SELECT 1 FROM GOLD_STAGE.DIM_CUSTOMER d WHERE d.customer_sk = f.customer_sk)) AS DOUBLE) AS observed_value, CAST(0 AS DOUBLE) AS threshold
UNION ALL
SELECT 'references:fact_sales.store_key->dim_store' AS check_name, 'error' AS severity, CAST((SELECT COUNT(*) FROM GOLD_STAGE.FACT_SALES f WHERE NOT EXISTS (SELECT 1 FROM GOLD_STAGE.DIM_STORE d WHERE d.store_key = f.store_key)) AS DOUBLE) AS observed_value, CAST(0 AS DOUBLE) AS threshold
UNION ALL
SELECT 'references:fact_sales.date_key->dim_date' AS check_name, 'error' AS severity, CAST((SELECT COUNT(*) FROM GOLD_STAGE.FACT_SALES f WHERE NOT EXISTS (SELECT 1 FROM GOLD_STAGE.DIM_DATE d WHERE d.date_key = f.date_key)) AS DOUBLE) AS observed_value, CAST(0 AS DOUBLE) AS threshold
UNION ALL
SELECT 'references:fact_product_sales.customer_sk->dim_customer' AS check_name, 'error' AS severity, CAST((SELECT COUNT(*) FROM GOLD_STAGE.FACT_PRODUCT_SALES f WHERE NOT EXISTS (SELECT 1 FROM GOLD_STAGE.DIM_CUSTOMER d WHERE d.customer_sk = f.customer_sk)) AS DOUBLE) AS observed_value, CAST(0 AS DOUBLE) AS threshold
UNION ALL
SELECT 'references:fact_product_sales.product_key->dim_product' AS check_name, 'error' AS severity, CAST((SELECT COUNT(*) FROM GOLD_STAGE.FACT_PRODUCT_SALES f WHERE NOT EXISTS (SELECT 1 FROM GOLD_STAGE.DIM_PRODUCT d WHERE d.product_key = f.product_key)) AS DOUBLE) AS observed_value, CAST(0 AS DOUBLE) AS threshold
UNION ALL
SELECT 'references:fact_product_sales.store_key->dim_store' AS check_name, 'error' AS severity, CAST((SELECT COUNT(*) FROM GOLD_STAGE.FACT_PRODUCT_SALES f WHERE NOT EXISTS (SELECT 1 FROM GOLD_STAGE.DIM_STORE d WHERE d.store_key = f.store_key)) AS DOUBLE) AS observed_value, CAST(0 AS DOUBLE) AS threshold
UNION ALL
SELECT 'references:fact_product_sales.date_key->dim_date' AS check_name, 'error' AS severity, CAST((SELECT COUNT(*) FROM GOLD_STAGE.FACT_PRODUCT_SALES f WHERE NOT EXISTS (SELECT 1 FROM GOLD_STAGE.DIM_DATE d WHERE d.date_key = f.date_key)) AS DOUBLE) AS observed_value, CAST(0 AS DOUBLE) AS threshold
UNION ALL
SELECT 'references:fact_product_sales.order_number->fact_sales' AS check_name, 'error' AS severity, CAST((SELECT COUNT(*) FROM GOLD_STAGE.FACT_PRODUCT_SALES f WHERE NOT EXISTS (SELECT 1 FROM GOLD_STAGE.FACT_SALES d WHERE d.order_number = f.order_number)) AS DOUBLE) AS observed_value, CAST(0 AS DOUBLE) AS threshold
UNION ALL
SELECT 'references:fact_sales->dim_exchange_rates(rate of the order date)' AS check_name, 'warn' AS severity, CAST((SELECT COUNT(*) FROM GOLD_STAGE.FACT_SALES WHERE is_rate_missing) AS DOUBLE) AS observed_value, CAST(0 AS DOUBLE) AS threshold
UNION ALL
SELECT 'references:silver.order_lines->silver.orders' AS check_name, 'warn' AS severity, CAST((SELECT COUNT(*) FROM SILVER.ORDER_LINES l WHERE NOT EXISTS (SELECT 1 FROM SILVER.ORDERS o WHERE o.order_number = l.order_number)) AS DOUBLE) AS observed_value, CAST(0 AS DOUBLE) AS threshold
) checks;
