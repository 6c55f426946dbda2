-- kind: setup
-- Quality results, one row per check per gate run; the gate service writes them and reads them back.
CREATE SCHEMA IF NOT EXISTS QUALITY;
CREATE TABLE IF NOT EXISTS QUALITY.RESULTS (
    run_id VARCHAR NOT NULL,
    checked_at TIMESTAMP NOT NULL,
    check_name VARCHAR NOT NULL,
    severity VARCHAR NOT NULL,
    status VARCHAR NOT NULL,
    observed_value DOUBLE,
    threshold DOUBLE
);
