-- kind: build
-- depends_on: silver.tables, silver.cleansed_views, bronze.order_lines
-- The latest version of each order line (by updated_at, then load order).
-- Incremental: only bronze rows loaded in the build's window ({{bronze_from}}, {{bronze_to}}] are read. They are
-- ranked together with the current silver row of the same key, so MERGE sees one row per key (Snowflake errors
-- on duplicate MERGE keys) and an older version arriving late never overwrites a newer one.
MERGE INTO SILVER.ORDER_LINES t
USING (
    WITH changed AS (
        SELECT order_number, line_number, product_key, quantity, unit_price, updated_at, _source_key, _loaded_at, _row_number
        FROM SILVER.ORDER_LINES_CLEANSED
        WHERE _loaded_at > {{bronze_from}} AND _loaded_at <= {{bronze_to}}
    ),
    candidates AS (
        SELECT changed.*, TRUE AS _is_new FROM changed
        UNION ALL
        SELECT cur.order_number, cur.line_number, cur.product_key, cur.quantity, cur.unit_price, cur.updated_at, cur._source_key, cur._loaded_at, cur._row_number, FALSE AS _is_new
        FROM SILVER.ORDER_LINES cur
        WHERE EXISTS (SELECT 1 FROM changed c WHERE c.order_number = cur.order_number AND c.line_number = cur.line_number)
    )
    SELECT * FROM candidates
    QUALIFY ROW_NUMBER() OVER (PARTITION BY order_number, line_number ORDER BY updated_at DESC, _source_key DESC, _loaded_at DESC, _row_number DESC, _is_new) = 1
) s
ON t.order_number = s.order_number AND t.line_number = s.line_number
WHEN MATCHED AND s._is_new THEN UPDATE SET
        product_key = s.product_key,
        quantity = s.quantity,
        unit_price = s.unit_price,
        updated_at = s.updated_at,
        _source_key = s._source_key,
        _loaded_at = s._loaded_at,
        _row_number = s._row_number
WHEN NOT MATCHED THEN INSERT (order_number, line_number, product_key, quantity, unit_price, updated_at, _source_key, _loaded_at, _row_number)
    VALUES (s.order_number, s.line_number, s.product_key, s.quantity, s.unit_price, s.updated_at, s._source_key, s._loaded_at, s._row_number);
