-- 01: the database and its four layers. Run as SYSADMIN (owner of the data objects).
USE ROLE SYSADMIN;

CREATE DATABASE IF NOT EXISTS TECHSHOP
  COMMENT = 'TechShop data platform: bronze (raw loads), silver (clean), gold (galaxy schema for Power BI), quality (gate results)';

-- BRONZE: append-only copies of the lake files, plus LOAD_AUDIT, the stage and the file formats.
CREATE SCHEMA IF NOT EXISTS TECHSHOP.BRONZE COMMENT = 'Raw loads from the S3 lake, one table per extract entity, with lineage columns';
-- SILVER: typed, trimmed, de-duplicated rows.
CREATE SCHEMA IF NOT EXISTS TECHSHOP.SILVER COMMENT = 'Cleaned and de-duplicated entities';
-- GOLD: facts, dimensions and reporting views; the only schema Power BI reads.
CREATE SCHEMA IF NOT EXISTS TECHSHOP.GOLD COMMENT = 'Galaxy schema and reporting views for Power BI';
-- QUALITY: results of the data-quality gate between silver and gold.
CREATE SCHEMA IF NOT EXISTS TECHSHOP.QUALITY COMMENT = 'Data-quality checks and their results';
