-- 02: the virtual warehouse the functions and Power BI run on. Run as SYSADMIN.
-- XSMALL is enough for ~63k order lines a day of loads and rebuilds; it suspends after 60 s idle so an
-- hourly or nightly schedule costs minutes, not hours.
USE ROLE SYSADMIN;

CREATE WAREHOUSE IF NOT EXISTS TECHSHOP_WH
  WAREHOUSE_SIZE = XSMALL
  AUTO_SUSPEND = 60
  AUTO_RESUME = TRUE
  INITIALLY_SUSPENDED = TRUE
  STATEMENT_TIMEOUT_IN_SECONDS = 3600
  COMMENT = 'TechShop loads, builds and reporting';
