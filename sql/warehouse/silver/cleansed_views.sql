-- kind: setup
-- depends_on: silver.schema, bronze.customers, bronze.products, bronze.stores, bronze.exchange_rates, bronze.orders, bronze.order_lines
-- The cleansing rules of sql/warehouse/README.md, once per entity: trimmed, '' as NULL, codes upper-cased,
-- a missing change time replaced by the load time. Rows without a business key are left out (counted by quality).
CREATE OR REPLACE VIEW SILVER.CUSTOMERS_CLEANSED AS
SELECT
    customer_key,
    NULLIF(TRIM(name), '') AS name,
    CASE UPPER(TRIM(gender)) WHEN 'M' THEN 'Male' WHEN 'MALE' THEN 'Male' WHEN 'F' THEN 'Female' WHEN 'FEMALE' THEN 'Female' ELSE NULL END AS gender,
    birthday,
    NULLIF(TRIM(city), '') AS city,
    NULLIF(TRIM(state), '') AS state,
    NULLIF(TRIM(country), '') AS country,
    NULLIF(TRIM(continent), '') AS continent,
    COALESCE(changed_at, _loaded_at) AS changed_at,
    _source_key, _loaded_at, _row_number
FROM BRONZE.CUSTOMERS
WHERE customer_key IS NOT NULL;

CREATE OR REPLACE VIEW SILVER.PRODUCTS_CLEANSED AS
SELECT
    product_key,
    NULLIF(TRIM(name), '') AS name,
    NULLIF(TRIM(brand), '') AS brand,
    NULLIF(TRIM(color), '') AS color,
    NULLIF(TRIM(category), '') AS category,
    NULLIF(TRIM(subcategory), '') AS subcategory,
    CASE WHEN unit_cost_usd >= 0 THEN unit_cost_usd END AS unit_cost_usd,
    CASE WHEN unit_price_usd >= 0 THEN unit_price_usd END AS unit_price_usd,
    _source_key, _loaded_at, _row_number
FROM BRONZE.PRODUCTS
WHERE product_key IS NOT NULL;

CREATE OR REPLACE VIEW SILVER.STORES_CLEANSED AS
SELECT
    store_key,
    NULLIF(TRIM(name), '') AS name,
    NULLIF(TRIM(country), '') AS country,
    NULLIF(TRIM(state), '') AS state,
    CASE WHEN square_meters > 0 THEN square_meters END AS square_meters,
    open_date,
    COALESCE(is_online, FALSE) AS is_online,
    _source_key, _loaded_at, _row_number
FROM BRONZE.STORES
WHERE store_key IS NOT NULL;

CREATE OR REPLACE VIEW SILVER.EXCHANGE_RATES_CLEANSED AS
SELECT
    date AS rate_date,
    UPPER(TRIM(currency)) AS currency,
    CASE WHEN rate_to_usd > 0 THEN rate_to_usd END AS rate_to_usd,
    _source_key, _loaded_at, _row_number
FROM BRONZE.EXCHANGE_RATES
WHERE date IS NOT NULL AND NULLIF(TRIM(currency), '') IS NOT NULL;

CREATE OR REPLACE VIEW SILVER.ORDERS_CLEANSED AS
SELECT
    order_number,
    order_date,
    delivery_date,
    customer_key,
    store_key,
    NULLIF(UPPER(TRIM(channel)), '') AS channel,
    NULLIF(UPPER(TRIM(currency_code)), '') AS currency_code,
    NULLIF(UPPER(TRIM(payment_method)), '') AS payment_method,
    NULLIF(UPPER(TRIM(status)), '') AS status,
    COALESCE(updated_at, _loaded_at) AS updated_at,
    _source_key, _loaded_at, _row_number
FROM BRONZE.ORDERS
WHERE order_number IS NOT NULL;

CREATE OR REPLACE VIEW SILVER.ORDER_LINES_CLEANSED AS
SELECT
    order_number,
    line_number,
    product_key,
    CASE WHEN quantity > 0 THEN quantity END AS quantity,
    CASE WHEN unit_price >= 0 THEN unit_price END AS unit_price,
    COALESCE(updated_at, _loaded_at) AS updated_at,
    _source_key, _loaded_at, _row_number
FROM BRONZE.ORDER_LINES
WHERE order_number IS NOT NULL AND line_number IS NOT NULL;
