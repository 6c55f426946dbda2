-- kind: build
-- depends_on: silver.tables, silver.cleansed_views, bronze.orders
-- The latest state of each order (by updated_at, then load order): a status change in a later file is merged.
-- Incremental: only bronze rows loaded in the build's window ({{bronze_from}}, {{bronze_to}}] are read. They are
-- ranked together with the current silver row of the same key, so MERGE sees one row per key (Snowflake errors
-- on duplicate MERGE keys) and an older version arriving late never overwrites a newer one.
MERGE INTO SILVER.ORDERS t
USING (
    WITH changed AS (
        SELECT order_number, order_date, delivery_date, customer_key, store_key, channel, currency_code, payment_method, status, updated_at, _source_key, _loaded_at, _row_number
        FROM SILVER.ORDERS_CLEANSED
        WHERE _loaded_at > {{bronze_from}} AND _loaded_at <= {{bronze_to}}
    ),
    candidates AS (
        SELECT changed.*, TRUE AS _is_new FROM changed
        UNION ALL
        SELECT cur.order_number, cur.order_date, cur.delivery_date, cur.customer_key, cur.store_key, cur.channel, cur.currency_code, cur.payment_method, cur.status, cur.updated_at, cur._source_key, cur._loaded_at, cur._row_number, FALSE AS _is_new
        FROM SILVER.ORDERS cur
        WHERE order_number IN (SELECT order_number FROM changed)
    )
    SELECT * FROM candidates
    QUALIFY ROW_NUMBER() OVER (PARTITION BY order_number ORDER BY updated_at DESC, _source_key DESC, _loaded_at DESC, _row_number DESC, _is_new) = 1
) s
ON t.order_number = s.order_number
WHEN MATCHED AND s._is_new THEN UPDATE SET
        order_date = s.order_date,
        delivery_date = s.delivery_date,
        customer_key = s.customer_key,
        store_key = s.store_key,
        channel = s.channel,
        currency_code = s.currency_code,
        payment_method = s.payment_method,
        status = s.status,
        updated_at = s.updated_at,
        _source_key = s._source_key,
        _loaded_at = s._loaded_at,
        _row_number = s._row_number
WHEN NOT MATCHED THEN INSERT (order_number, order_date, delivery_date, customer_key, store_key, channel, currency_code, payment_method, status, updated_at, _source_key, _loaded_at, _row_number)
    VALUES (s.order_number, s.order_date, s.delivery_date, s.customer_key, s.store_key, s.channel, s.currency_code, s.payment_method, s.status, s.updated_at, s._source_key, s._loaded_at, s._row_number);
