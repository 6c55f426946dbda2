-- 05: the storage integration: Snowflake assumes the IAM role the CDK stack created to read the lake.
-- Run as ACCOUNTADMIN (only it has CREATE INTEGRATION by default). EDIT the two values marked below first:
-- the role ARN from the CDK stack output, and the lake bucket (TECHSHOP_LAKE_BUCKET of the functions).
USE ROLE ACCOUNTADMIN;

CREATE STORAGE INTEGRATION IF NOT EXISTS TECHSHOP_LAKE
  TYPE = EXTERNAL_STAGE
  STORAGE_PROVIDER = 'S3'
  ENABLED = TRUE
  STORAGE_AWS_ROLE_ARN = 'arn:aws:iam::111122223333:role/techshop-snowflake-storage'   -- EDIT: CDK stack output
  STORAGE_ALLOWED_LOCATIONS = ('s3://techshop-lake-111122223333-eu-west-1/raw/')        -- EDIT: the lake bucket
  COMMENT = 'Read access to the raw/ prefix of the TechShop lake';

-- SYSADMIN creates the stage over it (06).
GRANT USAGE ON INTEGRATION TECHSHOP_LAKE TO ROLE SYSADMIN;

-- STORAGE_AWS_IAM_USER_ARN and STORAGE_AWS_EXTERNAL_ID go into the role's trust policy (README.md, step 5).
DESC INTEGRATION TECHSHOP_LAKE;
