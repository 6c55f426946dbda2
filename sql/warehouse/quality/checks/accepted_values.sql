-- kind: check
-- Codes are among the contract's values (docs/CONTRACTS.md); quantities positive; deliveries not before orders.
-- Columns: check_name, severity (error blocks the publish, warn is recorded), observed_value, threshold, passed.
SELECT check_name, severity, observed_value, threshold, observed_value <= threshold AS passed
FROM (
SELECT 'accepted_values:fact_sales.status' AS check_name, 'error' AS severity, CAST((SELECT COUNT(*) FROM GOLD_STAGE.FACT_SALES WHERE status IS NOT NULL AND status NOT IN ('PLACED', 'PAID', 'SHIPPED', 'DELIVERED', 'CANCELLED', 'RETURNED')) AS DOUBLE) AS observed_value, CAST(0 AS DOUBLE) AS threshold
UNION ALL
SELECT 'accepted_values:fact_sales.channel' AS check_name, 'error' AS severity, CAST((SELECT COUNT(*) FROM GOLD_STAGE.FACT_SALES WHERE channel IS NOT NULL AND channel NOT IN ('ONLINE', 'IN_STORE')) AS DOUBLE) AS observed_value, CAST(0 AS DOUBLE) AS threshold
UNION ALL
SELECT 'accepted_values:fact_sales.currency_code' AS check_name, 'error' AS severity, CAST((SELECT COUNT(*) FROM GOLD_STAGE.FACT_SALES WHERE currency_code IS NOT NULL AND currency_code NOT IN ('USD', 'CAD', 'AUD', 'EUR', 'GBP')) AS DOUBLE) AS observed_value, CAST(0 AS DOUBLE) AS threshold
UNION ALL
SELECT 'accepted_values:fact_sales.payment_method' AS check_name, 'error' AS severity, CAST((SELECT COUNT(*) FROM GOLD_STAGE.FACT_SALES WHERE payment_method IS NOT NULL AND payment_method NOT IN ('CREDIT_CARD', 'DEBIT_CARD', 'PAY_PAL', 'APPLE_PAY', 'GIFT_CARD', 'CASH')) AS DOUBLE) AS observed_value, CAST(0 AS DOUBLE) AS threshold
UNION ALL
SELECT 'accepted_values:dim_exchange_rates.currency' AS check_name, 'error' AS severity, CAST((SELECT COUNT(*) FROM GOLD_STAGE.DIM_EXCHANGE_RATES WHERE currency IS NOT NULL AND currency NOT IN ('USD', 'CAD', 'AUD', 'EUR', 'GBP')) AS DOUBLE) AS observed_value, CAST(0 AS DOUBLE) AS threshold
UNION ALL
SELECT 'accepted_values:dim_customer.gender' AS check_name, 'error' AS severity, CAST((SELECT COUNT(*) FROM GOLD_STAGE.DIM_CUSTOMER WHERE gender IS NOT NULL AND gender NOT IN ('Male', 'Female', 'Unknown')) AS DOUBLE) AS observed_value, CAST(0 AS DOUBLE) AS threshold
UNION ALL
SELECT 'accepted_values:fact_product_sales.quantity>0' AS check_name, 'error' AS severity, CAST((SELECT COUNT(*) FROM GOLD_STAGE.FACT_PRODUCT_SALES WHERE quantity <= 0) AS DOUBLE) AS observed_value, CAST(0 AS DOUBLE) AS threshold
UNION ALL
SELECT 'accepted_values:fact_sales.delivery_days>=0' AS check_name, 'error' AS severity, CAST((SELECT COUNT(*) FROM GOLD_STAGE.FACT_SALES WHERE delivery_days < 0) AS DOUBLE) AS observed_value, CAST(0 AS DOUBLE) AS threshold
) checks;
