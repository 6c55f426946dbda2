-- kind: build
-- depends_on: gold.schema, silver.stores
-- Stores, the online store included (no floor area).
CREATE OR REPLACE TABLE GOLD_STAGE.DIM_STORE AS
SELECT
    store_key,
    COALESCE(name, 'Unknown') AS store_name,
    COALESCE(country, 'Unknown') AS country,
    COALESCE(state, 'Unknown') AS state,
    square_meters,
    open_date,
    is_online,
    CASE WHEN is_online THEN 'Online' ELSE 'Physical' END AS store_type
FROM SILVER.STORES;
