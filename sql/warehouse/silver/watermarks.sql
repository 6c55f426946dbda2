-- kind: setup
-- depends_on: silver.schema
-- Append-only build log: the bronze load time a silver build reached, the silver high-water a gold build used.
CREATE TABLE IF NOT EXISTS SILVER.WATERMARKS (
    layer VARCHAR NOT NULL,
    run_id VARCHAR NOT NULL,
    high_water TIMESTAMP NOT NULL,
    built_at TIMESTAMP NOT NULL
);
