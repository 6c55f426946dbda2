-- Snowflake spellings the warehouse models use, made to run on DuckDB (see /sql/warehouse/README.md).
-- Installed by DuckDbWarehouse each time it opens a database; every statement is idempotent.
CREATE OR REPLACE MACRO iff(c, a, b) AS CASE WHEN c THEN a ELSE b END;
CREATE OR REPLACE MACRO nvl(a, b) AS COALESCE(a, b);
CREATE OR REPLACE MACRO nvl2(a, b, c) AS CASE WHEN a IS NOT NULL THEN b ELSE c END;
CREATE OR REPLACE MACRO zeroifnull(a) AS COALESCE(a, 0);
CREATE OR REPLACE MACRO div0(a, b) AS CASE WHEN b = 0 THEN 0 ELSE a / b END;
CREATE OR REPLACE MACRO equal_null(a, b) AS a IS NOT DISTINCT FROM b;
CREATE OR REPLACE MACRO to_date(s) AS CAST(s AS DATE);
CREATE OR REPLACE MACRO try_to_date(s) AS TRY_CAST(s AS DATE);
CREATE OR REPLACE MACRO to_varchar(a) AS CAST(a AS VARCHAR);
CREATE OR REPLACE MACRO dayofweekiso(d) AS isodow(d);
CREATE OR REPLACE MACRO weekiso(d) AS weekofyear(d);
CREATE OR REPLACE MACRO boolor_agg(b) AS bool_or(b);
CREATE OR REPLACE MACRO sysdate() AS CAST(now() AS TIMESTAMP);
CREATE OR REPLACE MACRO date_from_parts(y, m, d) AS make_date(CAST(y AS BIGINT), CAST(m AS BIGINT), CAST(d AS BIGINT));
