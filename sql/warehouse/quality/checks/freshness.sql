-- kind: check
-- The newest bronze load is at most 36 hours old (daily extracts, with a day's grace); warn: an alarm watches it.
-- Columns: check_name, severity (error blocks the publish, warn is recorded), observed_value, threshold, passed.
SELECT check_name, severity, observed_value, threshold, observed_value <= threshold AS passed
FROM (
SELECT 'freshness:hours since the last bronze load' AS check_name, 'warn' AS severity, CAST((SELECT COALESCE(DATEDIFF('minute', MAX(loaded_at), CURRENT_TIMESTAMP) / 60.0, 1000000) FROM BRONZE.LOAD_AUDIT) AS DOUBLE) AS observed_value, CAST(36 AS DOUBLE) AS threshold
) checks;
