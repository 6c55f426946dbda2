-- kind: setup
-- depends_on: silver.schema
-- Silver tables; the lineage columns of the winning bronze row decide ties between versions (load order).
CREATE TABLE IF NOT EXISTS SILVER.CUSTOMERS (
    customer_key INTEGER NOT NULL,
    name VARCHAR,
    gender VARCHAR,
    birthday DATE,
    city VARCHAR,
    state VARCHAR,
    country VARCHAR,
    continent VARCHAR,
    changed_at TIMESTAMP NOT NULL,
    _source_key VARCHAR NOT NULL,
    _loaded_at TIMESTAMP NOT NULL,
    _row_number BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS SILVER.CUSTOMER_VERSIONS (
    customer_key INTEGER NOT NULL,
    name VARCHAR,
    gender VARCHAR,
    birthday DATE,
    city VARCHAR,
    state VARCHAR,
    country VARCHAR,
    continent VARCHAR,
    changed_at TIMESTAMP NOT NULL,
    _source_key VARCHAR NOT NULL,
    _loaded_at TIMESTAMP NOT NULL,
    _row_number BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS SILVER.PRODUCTS (
    product_key INTEGER NOT NULL,
    name VARCHAR,
    brand VARCHAR,
    color VARCHAR,
    category VARCHAR,
    subcategory VARCHAR,
    unit_cost_usd DECIMAL(18,4),
    unit_price_usd DECIMAL(18,4),
    _source_key VARCHAR NOT NULL,
    _loaded_at TIMESTAMP NOT NULL,
    _row_number BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS SILVER.STORES (
    store_key INTEGER NOT NULL,
    name VARCHAR,
    country VARCHAR,
    state VARCHAR,
    square_meters INTEGER,
    open_date DATE,
    is_online BOOLEAN NOT NULL,
    _source_key VARCHAR NOT NULL,
    _loaded_at TIMESTAMP NOT NULL,
    _row_number BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS SILVER.EXCHANGE_RATES (
    rate_date DATE NOT NULL,
    currency VARCHAR NOT NULL,
    rate_to_usd DECIMAL(18,8),
    _source_key VARCHAR NOT NULL,
    _loaded_at TIMESTAMP NOT NULL,
    _row_number BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS SILVER.ORDERS (
    order_number BIGINT NOT NULL,
    order_date DATE,
    delivery_date DATE,
    customer_key INTEGER,
    store_key INTEGER,
    channel VARCHAR,
    currency_code VARCHAR,
    payment_method VARCHAR,
    status VARCHAR,
    updated_at TIMESTAMP NOT NULL,
    _source_key VARCHAR NOT NULL,
    _loaded_at TIMESTAMP NOT NULL,
    _row_number BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS SILVER.ORDER_LINES (
    order_number BIGINT NOT NULL,
    line_number INTEGER NOT NULL,
    product_key INTEGER,
    quantity INTEGER,
    unit_price DECIMAL(18,4),
    updated_at TIMESTAMP NOT NULL,
    _source_key VARCHAR NOT NULL,
    _loaded_at TIMESTAMP NOT NULL,
    _row_number BIGINT NOT NULL
);
