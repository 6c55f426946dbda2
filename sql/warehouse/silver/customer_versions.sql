-- kind: build
-- depends_on: silver.tables, silver.cleansed_views, bronze.customers
-- Every version of every customer, one per (customer_key, changed_at): the history dim_customer (SCD2) is built from.
-- Incremental: only bronze rows loaded in the build's window ({{bronze_from}}, {{bronze_to}}] are read. They are
-- ranked together with the current silver row of the same key, so MERGE sees one row per key (Snowflake errors
-- on duplicate MERGE keys) and an older version arriving late never overwrites a newer one.
MERGE INTO SILVER.CUSTOMER_VERSIONS t
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
        FROM SILVER.CUSTOMER_VERSIONS cur
        WHERE EXISTS (SELECT 1 FROM changed c WHERE c.customer_key = cur.customer_key AND c.changed_at = cur.changed_at)
    )
    SELECT * FROM candidates
    QUALIFY ROW_NUMBER() OVER (PARTITION BY customer_key, changed_at ORDER BY _source_key DESC, _loaded_at DESC, _row_number DESC, _is_new) = 1
) s
ON t.customer_key = s.customer_key AND t.changed_at = s.changed_at
WHEN MATCHED AND s._is_new THEN UPDATE SET
        name = s.name,
        gender = s.gender,
        birthday = s.birthday,
        city = s.city,
        state = s.state,
        country = s.country,
        continent = s.continent,
        _source_key = s._source_key,
        _loaded_at = s._loaded_at,
        _row_number = s._row_number
WHEN NOT MATCHED THEN INSERT (customer_key, name, gender, birthday, city, state, country, continent, changed_at, _source_key, _loaded_at, _row_number)
    VALUES (s.customer_key, s.name, s.gender, s.birthday, s.city, s.state, s.country, s.continent, s.changed_at, s._source_key, s._loaded_at, s._row_number);
