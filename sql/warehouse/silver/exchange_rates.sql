-- kind: build
-- depends_on: silver.tables, silver.cleansed_views, bronze.exchange_rates
-- One rate per currency and day; a re-sent rate replaces the earlier one (load order decides).
-- Incremental: only bronze rows loaded in the build's window ({{bronze_from}}, {{bronze_to}}] are read. They are
-- ranked together with the current silver row of the same key, so MERGE sees one row per key (Snowflake errors
-- on duplicate MERGE keys) and an older version arriving late never overwrites a newer one.
MERGE INTO SILVER.EXCHANGE_RATES t
USING (
    WITH changed AS (
        SELECT rate_date, currency, rate_to_usd, _source_key, _loaded_at, _row_number
        FROM SILVER.EXCHANGE_RATES_CLEANSED
        WHERE _loaded_at > {{bronze_from}} AND _loaded_at <= {{bronze_to}}
    ),
    candidates AS (
        SELECT changed.*, TRUE AS _is_new FROM changed
        UNION ALL
        SELECT cur.rate_date, cur.currency, cur.rate_to_usd, cur._source_key, cur._loaded_at, cur._row_number, FALSE AS _is_new
        FROM SILVER.EXCHANGE_RATES cur
        WHERE EXISTS (SELECT 1 FROM changed c WHERE c.rate_date = cur.rate_date AND c.currency = cur.currency)
    )
    SELECT * FROM candidates
    QUALIFY ROW_NUMBER() OVER (PARTITION BY rate_date, currency ORDER BY _source_key DESC, _loaded_at DESC, _row_number DESC, _is_new) = 1
) s
ON t.rate_date = s.rate_date AND t.currency = s.currency
WHEN MATCHED AND s._is_new THEN UPDATE SET
        rate_to_usd = s.rate_to_usd,
        _source_key = s._source_key,
        _loaded_at = s._loaded_at,
        _row_number = s._row_number
WHEN NOT MATCHED THEN INSERT (rate_date, currency, rate_to_usd, _source_key, _loaded_at, _row_number)
    VALUES (s.rate_date, s.currency, s.rate_to_usd, s._source_key, s._loaded_at, s._row_number);
