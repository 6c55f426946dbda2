-- kind: build
-- depends_on: silver.tables, silver.cleansed_views, bronze.products
-- The latest version of each product; the extract has no change time, so load order decides.
-- Incremental: only bronze rows loaded in the build's window ({{bronze_from}}, {{bronze_to}}] are read. They are
-- ranked together with the current silver row of the same key, so MERGE sees one row per key (Snowflake errors
-- on duplicate MERGE keys) and an older version arriving late never overwrites a newer one.
MERGE INTO SILVER.PRODUCTS t
USING (
    WITH changed AS (
        SELECT product_key, name, brand, color, category, subcategory, unit_cost_usd, unit_price_usd, _source_key, _loaded_at, _row_number
        FROM SILVER.PRODUCTS_CLEANSED
        WHERE _loaded_at > {{bronze_from}} AND _loaded_at <= {{bronze_to}}
    ),
    candidates AS (
        SELECT changed.*, TRUE AS _is_new FROM changed
        UNION ALL
        SELECT cur.product_key, cur.name, cur.brand, cur.color, cur.category, cur.subcategory, cur.unit_cost_usd, cur.unit_price_usd, cur._source_key, cur._loaded_at, cur._row_number, FALSE AS _is_new
        FROM SILVER.PRODUCTS cur
        WHERE product_key IN (SELECT product_key FROM changed)
    )
    SELECT * FROM candidates
    QUALIFY ROW_NUMBER() OVER (PARTITION BY product_key ORDER BY _source_key DESC, _loaded_at DESC, _row_number DESC, _is_new) = 1
) s
ON t.product_key = s.product_key
WHEN MATCHED AND s._is_new THEN UPDATE SET
        name = s.name,
        brand = s.brand,
        color = s.color,
        category = s.category,
        subcategory = s.subcategory,
        unit_cost_usd = s.unit_cost_usd,
        unit_price_usd = s.unit_price_usd,
        _source_key = s._source_key,
        _loaded_at = s._loaded_at,
        _row_number = s._row_number
WHEN NOT MATCHED THEN INSERT (product_key, name, brand, color, category, subcategory, unit_cost_usd, unit_price_usd, _source_key, _loaded_at, _row_number)
    VALUES (s.product_key, s.name, s.brand, s.color, s.category, s.subcategory, s.unit_cost_usd, s.unit_price_usd, s._source_key, s._loaded_at, s._row_number);
