-- 04: the service user the functions sign in as, with key-pair authentication only (TYPE = SERVICE allows
-- no password). Run as SECURITYADMIN. EDIT the RSA_PUBLIC_KEY value below first: the body of rsa_key.pub
-- without the -----BEGIN/END PUBLIC KEY----- lines and without line breaks (README.md, "Key pair").
USE ROLE SECURITYADMIN;

CREATE USER IF NOT EXISTS TECHSHOP_LOADER
  TYPE = SERVICE
  DEFAULT_ROLE = TECHSHOP_LOADER
  DEFAULT_WAREHOUSE = TECHSHOP_WH
  DEFAULT_NAMESPACE = TECHSHOP.BRONZE
  COMMENT = 'TechShop Lambda functions (SQL API, key-pair JWT)';

GRANT ROLE TECHSHOP_LOADER TO USER TECHSHOP_LOADER;

-- EDIT: the public key body (one line). Rotation: set RSA_PUBLIC_KEY_2 to the new key, switch the secret, then unset the old one.
ALTER USER TECHSHOP_LOADER SET RSA_PUBLIC_KEY = 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA...paste the public key body here...IDAQAB';

-- RSA_PUBLIC_KEY_FP must equal the key's fingerprint (README.md, "Key pair": SHA256:... from openssl).
DESCRIBE USER TECHSHOP_LOADER;
