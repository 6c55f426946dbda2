-- kind: setup
-- depends_on: bronze.schema
-- One row per lake object loaded; (bucket, object_key, etag) is unique, so a repeated load is a no-op.
CREATE TABLE IF NOT EXISTS BRONZE.LOAD_AUDIT (
    bucket VARCHAR NOT NULL,
    object_key VARCHAR NOT NULL,
    etag VARCHAR NOT NULL,
    entity VARCHAR NOT NULL,
    rows_loaded BIGINT NOT NULL,
    loaded_at TIMESTAMP NOT NULL,
    PRIMARY KEY (bucket, object_key, etag)
);
