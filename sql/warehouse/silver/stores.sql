-- kind: build
-- depends_on: silver.tables, silver.cleansed_views, bronze.stores
-- The latest version of each store; the extract has no change time, so load order decides.
-- Incremental: only bronze rows loaded in the build's window ({{bronze_from}}, {{bronze_to}}] are read. They are
-- ranked together with the current silver row of the same key, so MERGE sees one row per key (Snowflake errors
-- on duplicate MERGE keys) and an older version arriving late never overwrites a newer one.
MERGE INTO SILVER.STORES t
USING (
    WITH changed AS (
        SELECT store_key, name, country, state, square_meters, open_date, is_online, _source_key, _loaded_at, _row_number
        FROM SILVER.STORES_CLEANSED
        WHERE _loaded_at > {{bronze_from}} AND _loaded_at <= {{bronze_to}}
    ),
    candidates AS (
        SELECT changed.*, TRUE AS _is_new FROM changed
        UNION ALL
        SELECT cur.store_key, cur.name, cur.country, cur.state, cur.square_meters, cur.open_date, cur.is_online, cur._source_key, cur._loaded_at, cur._row_number, FALSE AS _is_new
        FROM SILVER.STORES cur
        WHERE store_key IN (SELECT store_key FROM changed)
    )
    SELECT * FROM candidates
    QUALIFY ROW_NUMBER() OVER (PARTITION BY store_key ORDER BY _source_key DESC, _loaded_at DESC, _row_number DESC, _is_new) = 1
) s
ON t.store_key = s.store_key
WHEN MATCHED AND s._is_new THEN UPDATE SET
        name = s.name,
        country = s.country,
        state = s.state,
        square_meters = s.square_meters,
        open_date = s.open_date,
        is_online = s.is_online,
        _source_key = s._source_key,
        _loaded_at = s._loaded_at,
        _row_number = s._row_number
WHEN NOT MATCHED THEN INSERT (store_key, name, country, state, square_meters, open_date, is_online, _source_key, _loaded_at, _row_number)
    VALUES (s.store_key, s.name, s.country, s.state, s.square_meters, s.open_date, s.is_online, s._source_key, s._loaded_at, s._row_number);
