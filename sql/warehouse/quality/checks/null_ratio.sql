-- kind: check
-- The share of NULLs in each cleansed silver column stays under 2% (delivery_date and square_meters may be
-- NULL by design: undelivered orders, the online store).
SELECT check_name, severity, observed_value, threshold, observed_value < threshold AS passed
FROM (
SELECT 'null_ratio:silver.customers.name' AS check_name, 'error' AS severity, CAST(DIV0(SUM(CASE WHEN name IS NULL THEN 1 ELSE 0 END), COUNT(*)) AS DOUBLE) AS observed_value, CAST(0.02 AS DOUBLE) AS threshold FROM SILVER.CUSTOMERS
UNION ALL
SELECT 'null_ratio:silver.customers.gender' AS check_name, 'error' AS severity, CAST(DIV0(SUM(CASE WHEN gender IS NULL THEN 1 ELSE 0 END), COUNT(*)) AS DOUBLE) AS observed_value, CAST(0.02 AS DOUBLE) AS threshold FROM SILVER.CUSTOMERS
UNION ALL
SELECT 'null_ratio:silver.customers.birthday' AS check_name, 'error' AS severity, CAST(DIV0(SUM(CASE WHEN birthday IS NULL THEN 1 ELSE 0 END), COUNT(*)) AS DOUBLE) AS observed_value, CAST(0.02 AS DOUBLE) AS threshold FROM SILVER.CUSTOMERS
UNION ALL
SELECT 'null_ratio:silver.customers.city' AS check_name, 'error' AS severity, CAST(DIV0(SUM(CASE WHEN city IS NULL THEN 1 ELSE 0 END), COUNT(*)) AS DOUBLE) AS observed_value, CAST(0.02 AS DOUBLE) AS threshold FROM SILVER.CUSTOMERS
UNION ALL
SELECT 'null_ratio:silver.customers.state' AS check_name, 'error' AS severity, CAST(DIV0(SUM(CASE WHEN state IS NULL THEN 1 ELSE 0 END), COUNT(*)) AS DOUBLE) AS observed_value, CAST(0.02 AS DOUBLE) AS threshold FROM SILVER.CUSTOMERS
UNION ALL
SELECT 'null_ratio:silver.customers.country' AS check_name, 'error' AS severity, CAST(DIV0(SUM(CASE WHEN country IS NULL THEN 1 ELSE 0 END), COUNT(*)) AS DOUBLE) AS observed_value, CAST(0.02 AS DOUBLE) AS threshold FROM SILVER.CUSTOMERS
UNION ALL
SELECT 'null_ratio:silver.customers.continent' AS check_name, 'error' AS severity, CAST(DIV0(SUM(CASE WHEN continent IS NULL THEN 1 ELSE 0 END), COUNT(*)) AS DOUBLE) AS observed_value, CAST(0.02 AS DOUBLE) AS threshold FROM SILVER.CUSTOMERS
UNION ALL
SELECT 'null_ratio:silver.products.name' AS check_name, 'error' AS severity, CAST(DIV0(SUM(CASE WHEN name IS NULL THEN 1 ELSE 0 END), COUNT(*)) AS DOUBLE) AS observed_value, CAST(0.02 AS DOUBLE) AS threshold FROM SILVER.PRODUCTS
UNION ALL
SELECT 'null_ratio:silver.products.brand' AS check_name, 'error' AS severity, CAST(DIV0(SUM(CASE WHEN brand IS NULL THEN 1 ELSE 0 END), COUNT(*)) AS DOUBLE) AS observed_value, CAST(0.02 AS DOUBLE) AS threshold FROM SILVER.PRODUCTS
UNION ALL
SELECT 'null_ratio:silver.products.color' AS check_name, 'error' AS severity, CAST(DIV0(SUM(CASE WHEN color IS NULL THEN 1 ELSE 0 END), COUNT(*)) AS DOUBLE) AS observed_value, CAST(0.02 AS DOUBLE) AS threshold FROM SILVER.PRODUCTS
UNION ALL
SELECT 'null_ratio:silver.products.category' AS check_name, 'error' AS severity, CAST(DIV0(SUM(CASE WHEN category IS NULL THEN 1 ELSE 0 END), COUNT(*)) AS DOUBLE) AS observed_value, CAST(0.02 AS DOUBLE) AS threshold FROM SILVER.PRODUCTS
UNION ALL
SELECT 'null_ratio:silver.products.subcategory' AS check_name, 'error' AS severity, CAST(DIV0(SUM(CASE WHEN subcategory IS NULL THEN 1 ELSE 0 END), COUNT(*)) AS DOUBLE) AS observed_value, CAST(0.02 AS DOUBLE) AS threshold FROM SILVER.PRODUCTS
UNION ALL
SELECT 'null_ratio:silver.products.unit_cost_usd' AS check_name, 'error' AS severity, CAST(DIV0(SUM(CASE WHEN unit_cost_usd IS NULL THEN 1 ELSE 0 END), COUNT(*)) AS DOUBLE) AS observed_value, CAST(0.02 AS DOUBLE) AS threshold FROM SILVER.PRODUCTS
UNION ALL
SELECT 'null_ratio:silver.products.unit_price_usd' AS check_name, 'error' AS severity, CAST(DIV0(SUM(CASE WHEN unit_price_usd IS NULL THEN 1 ELSE 0 END), COUNT(*)) AS DOUBLE) AS observed_value, CAST(0.02 AS DOUBLE) AS threshold FROM SILVER.PRODUCTS
UNION ALL
SELECT 'null_ratio:silver.stores.name' AS check_name, 'error' AS severity, CAST(DIV0(SUM(CASE WHEN name IS NULL THEN 1 ELSE 0 END), COUNT(*)) AS DOUBLE) AS observed_value, CAST(0.02 AS DOUBLE) AS threshold FROM SILVER.STORES
UNION ALL
SELECT 'null_ratio:silver.stores.country' AS check_name, 'error' AS severity, CAST(DIV0(SUM(CASE WHEN country IS NULL THEN 1 ELSE 0 END), COUNT(*)) AS DOUBLE) AS observed_value, CAST(0.02 AS DOUBLE) AS threshold FROM SILVER.STORES
UNION ALL
SELECT 'null_ratio:silver.stores.state' AS check_name, 'error' AS severity, CAST(DIV0(SUM(CASE WHEN state IS NULL THEN 1 ELSE 0 END), COUNT(*)) AS DOUBLE) AS observed_value, CAST(0.02 AS DOUBLE) AS threshold FROM SILVER.STORES
UNION ALL
SELECT 'null_ratio:silver.stores.open_date' AS check_name, 'error' AS severity, CAST(DIV0(SUM(CASE WHEN open_date IS NULL THEN 1 ELSE 0 END), COUNT(*)) AS DOUBLE) AS observed_value, CAST(0.02 AS DOUBLE) AS threshold FROM SILVER.STORES
UNION ALL
SELECT 'null_ratio:silver.exchange_rates.rate_to_usd' AS check_name, 'error' AS severity, CAST(DIV0(SUM(CASE WHEN rate_to_usd IS NULL THEN 1 ELSE 0 END), COUNT(*)) AS DOUBLE) AS observed_value, CAST(0.02 AS DOUBLE) AS threshold FROM SILVER.EXCHANGE_RATES
UNION ALL
SELECT 'null_ratio:silver.orders.order_date' AS check_name, 'error' AS severity, CAST(DIV0(SUM(CASE WHEN order_date IS NULL THEN 1 ELSE 0 END), COUNT(*)) AS DOUBLE) AS observed_value, CAST(0.02 AS DOUBLE) AS threshold FROM SILVER.ORDERS
UNION ALL
SELECT 'null_ratio:silver.orders.customer_key' AS check_name, 'error' AS severity, CAST(DIV0(SUM(CASE WHEN customer_key IS NULL THEN 1 ELSE 0 END), COUNT(*)) AS DOUBLE) AS observed_value, CAST(0.02 AS DOUBLE) AS threshold FROM SILVER.ORDERS
UNION ALL
SELECT 'null_ratio:silver.orders.store_key' AS check_name, 'error' AS severity, CAST(DIV0(SUM(CASE WHEN store_key IS NULL THEN 1 ELSE 0 END), COUNT(*)) AS DOUBLE) AS observed_value, CAST(0.02 AS DOUBLE) AS threshold FROM SILVER.ORDERS
UNION ALL
SELECT 'null_ratio:silver.orders.channel' AS check_name, 'error' AS severity, CAST(DIV0(SUM(CASE WHEN channel IS NULL THEN 1 ELSE 0 END), COUNT(*)) AS DOUBLE) AS observed_value, CAST(0.02 AS DOUBLE) AS threshold FROM SILVER.ORDERS
UNION ALL
SELECT 'null_ratio:silver.orders.currency_code' AS check_name, 'error' AS severity, CAST(DIV0(SUM(CASE WHEN currency_code IS NULL THEN 1 ELSE 0 END), COUNT(*)) AS DOUBLE) AS observed_value, CAST(0.02 AS DOUBLE) AS threshold FROM SILVER.ORDERS
UNION ALL
SELECT 'null_ratio:silver.orders.payment_method' AS check_name, 'error' AS severity, CAST(DIV0(SUM(CASE WHEN payment_method IS NULL THEN 1 ELSE 0 END), COUNT(*)) AS DOUBLE) AS observed_value, CAST(0.02 AS DOUBLE) AS threshold FROM SILVER.ORDERS
UNION ALL
SELECT 'null_ratio:silver.orders.status' AS check_name, 'error' AS severity, CAST(DIV0(SUM(CASE WHEN status IS NULL THEN 1 ELSE 0 END), COUNT(*)) AS DOUBLE) AS observed_value, CAST(0.02 AS DOUBLE) AS threshold FROM SILVER.ORDERS
UNION ALL
SELECT 'null_ratio:silver.order_lines.product_key' AS check_name, 'error' AS severity, CAST(DIV0(SUM(CASE WHEN product_key IS NULL THEN 1 ELSE 0 END), COUNT(*)) AS DOUBLE) AS observed_value, CAST(0.02 AS DOUBLE) AS threshold FROM SILVER.ORDER_LINES
UNION ALL
SELECT 'null_ratio:silver.order_lines.quantity' AS check_name, 'error' AS severity, CAST(DIV0(SUM(CASE WHEN quantity IS NULL THEN 1 ELSE 0 END), COUNT(*)) AS DOUBLE) AS observed_value, CAST(0.02 AS DOUBLE) AS threshold FROM SILVER.ORDER_LINES
UNION ALL
SELECT 'null_ratio:silver.order_lines.unit_price' AS check_name, 'error' AS severity, CAST(DIV0(SUM(CASE WHEN unit_price IS NULL THEN 1 ELSE 0 END), COUNT(*)) AS DOUBLE) AS observed_value, CAST(0.02 AS DOUBLE) AS threshold FROM SILVER.ORDER_LINES
) checks;
