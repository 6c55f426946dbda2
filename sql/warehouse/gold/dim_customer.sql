-- kind: build
-- depends_on: gold.schema, silver.customer_versions
-- SCD type 2 from every silver customer version. A new version starts only when a tracked attribute changes
-- (hash_diff over COALESCE-wrapped attributes: NULL concatenation differs between engines). Validity is by day:
-- the last version of a day holds from that day; valid_to is exclusive; the first version holds from 1900-01-01
-- so that every order joins a version. Facts join the version with valid_from <= order_date < valid_to.
CREATE OR REPLACE TABLE GOLD_STAGE.DIM_CUSTOMER AS
WITH versions AS (
    SELECT
        v.*,
        CAST(v.changed_at AS DATE) AS change_day,
        MD5(COALESCE(name, '') || '|' || COALESCE(gender, '') || '|' || COALESCE(CAST(birthday AS VARCHAR), '') || '|'
            || COALESCE(city, '') || '|' || COALESCE(state, '') || '|' || COALESCE(country, '') || '|'
            || COALESCE(continent, '')) AS hash_diff
    FROM SILVER.CUSTOMER_VERSIONS v
),
last_of_day AS (
    SELECT * FROM versions
    QUALIFY ROW_NUMBER() OVER (PARTITION BY customer_key, change_day
        ORDER BY changed_at DESC, _source_key DESC, _loaded_at DESC, _row_number DESC) = 1
),
changes AS (
    SELECT * FROM last_of_day
    QUALIFY COALESCE(LAG(hash_diff) OVER (PARTITION BY customer_key ORDER BY change_day), '') <> hash_diff
),
ranged AS (
    SELECT
        changes.*,
        ROW_NUMBER() OVER (PARTITION BY customer_key ORDER BY change_day) AS version_number,
        LEAD(change_day) OVER (PARTITION BY customer_key ORDER BY change_day) AS next_change_day
    FROM changes
)
SELECT
    MD5(CAST(customer_key AS VARCHAR) || '|' || CAST(change_day AS VARCHAR)) AS customer_sk,
    customer_key,
    COALESCE(name, 'Unknown') AS customer_name,
    COALESCE(gender, 'Unknown') AS gender,
    birthday,
    COALESCE(city, 'Unknown') AS city,
    COALESCE(state, 'Unknown') AS state,
    COALESCE(country, 'Unknown') AS country,
    COALESCE(continent, 'Unknown') AS continent,
    CAST(version_number AS INTEGER) AS version_number,
    CASE WHEN version_number = 1 THEN CAST('1900-01-01' AS DATE) ELSE change_day END AS valid_from,
    COALESCE(next_change_day, CAST('9999-12-31' AS DATE)) AS valid_to,
    next_change_day IS NULL AS is_current,
    changed_at,
    hash_diff
FROM ranged;
