-- kind: build
-- depends_on: silver.tables, silver.cleansed_views, bronze.customers
-- The latest version of each customer (by changed_at, then load order).
-- Incremental: only bronze rows loaded in the build's window ({{bronze_from}}, {{bronze_to}}] are read. They are
-- ranked together with the current silver row of the same key, so MERGE sees one row per key (Snowflake errors
-- on duplicate MERGE keys) and an older version arriving late never overwrites a newer one.
MERGE INTO SILVER.CUSTOMERS t
USING (
    WITH changed AS (
        SELECT customer_key, name, gender, birthday, city, state, country, continent, changed_at, _source_key, _loaded_at, _row_number
        FROM SILVER.CUSTOMERS_CLEANSED
        WHERE _loaded_at > {{bronze_from}} AND _loaded_at <= {{bronze_to}}
    ),
    candidates AS (
        SELECT changed.*, TRUE AS _is_new FROM changed
        UNION ALL
        SELECT cur.customer_key, cur.name, cur.gender, cur.birthday, cur.city, cur.state, cur.country, cur.continent, cur.changed_at, cur._source_key, cur._loaded_at, cur._row_number, FALSE AS _is_new
        FROM SILVER.CUSTOMERS cur
        WHERE customer_key IN (SELECT customer_key FROM changed)
    )
    SELECT * FROM candidates
    QUALIFY ROW_NUMBER() OVER (PARTITION BY customer_key ORDER BY changed_at DESC, _source_key DESC, _loaded_at DESC, _row_number DESC, _is_new) = 1
) s
ON t.customer_key = s.customer_key
WHEN MATCHED AND s._is_new THEN UPDATE SET
        name = s.name,
        gender = s.gender,
        birthday = s.birthday,
        city = s.city,
        state = s.state,
        country = s.country,
        continent = s.continent,
        changed_at = s.changed_at,
        _source_key = s._source_key,
        _loaded_at = s._loaded_at,
        _row_number = s._row_number
WHEN NOT MATCHED THEN INSERT (customer_key, name, gender, birthday, city, state, country, continent, changed_at, _source_key, _loaded_at, _row_number)
    VALUES (s.customer_key, s.name, s.gender, s.birthday, s.city, s.state, s.country, s.continent, s.changed_at, s._source_key, s._loaded_at, s._row_number);
