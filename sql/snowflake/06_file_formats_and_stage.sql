-- 06: file formats and the external stage over the lake's raw/ prefix. Run as SYSADMIN after 05.
-- The functions name them BRONZE.JSONL_FORMAT and BRONZE.RAW_STAGE (TECHSHOP_SNOWFLAKE_STAGE changes the stage).
-- EDIT the stage URL below: the same bucket as in 05.
USE ROLE SYSADMIN;

-- Daily extracts: JSON Lines, one object per line, optionally gzip-compressed.
CREATE FILE FORMAT IF NOT EXISTS TECHSHOP.BRONZE.JSONL_FORMAT
  TYPE = JSON
  COMPRESSION = AUTO
  STRIP_OUTER_ARRAY = FALSE
  COMMENT = 'Daily extracts: raw/batch/<entity>/dt=<day>/<entity>-<day>.jsonl';

-- Stream archive: Avro object container files written by stream-archive.
CREATE FILE FORMAT IF NOT EXISTS TECHSHOP.BRONZE.AVRO_FORMAT
  TYPE = AVRO
  COMPRESSION = AUTO
  COMMENT = 'Stream archive: raw/stream/<topic>/dt=<day>/<topic>-<p>-<first>-<last>.avro';

-- The stage URL ends with raw/, so file names in COPY ... FILES = (...) are relative to it (batch/..., stream/...).
CREATE STAGE IF NOT EXISTS TECHSHOP.BRONZE.RAW_STAGE
  URL = 's3://techshop-lake-111122223333-eu-west-1/raw/'   -- EDIT: the lake bucket
  STORAGE_INTEGRATION = TECHSHOP_LAKE
  FILE_FORMAT = TECHSHOP.BRONZE.JSONL_FORMAT
  COMMENT = 'The raw/ prefix of the TechShop lake';

GRANT USAGE ON STAGE TECHSHOP.BRONZE.RAW_STAGE TO ROLE TECHSHOP_LOADER;
GRANT USAGE ON FILE FORMAT TECHSHOP.BRONZE.JSONL_FORMAT TO ROLE TECHSHOP_LOADER;
GRANT USAGE ON FILE FORMAT TECHSHOP.BRONZE.AVRO_FORMAT TO ROLE TECHSHOP_LOADER;

-- Smoke test: lists the extracts Snowflake can see through the integration (empty before the first upload).
LIST @TECHSHOP.BRONZE.RAW_STAGE/batch/;
