-- kind: setup
-- depends_on: bronze.schema
-- The stream archive of topic customers (raw/stream/customers/...).
-- One row per archived Kafka record, never dropped: its coordinates, key, the value bytes as on the topic (base64,
-- Confluent-framed), decode_status DECODED | UNDECODABLE (decode_error says why) | TOMBSTONE (null value), then the
-- decoded payload's typed columns (NULL unless DECODED), then the lineage columns. Read for reconciliation, not by silver.
CREATE TABLE IF NOT EXISTS BRONZE.STREAM_CUSTOMERS (
    kafka_topic VARCHAR NOT NULL,
    kafka_partition INTEGER NOT NULL,
    kafka_offset BIGINT NOT NULL,
    kafka_timestamp TIMESTAMP,
    kafka_timestamp_type VARCHAR,
    record_key VARCHAR,
    schema_id INTEGER,
    decode_status VARCHAR NOT NULL,
    decode_error VARCHAR,
    value_base64 VARCHAR,
    customer_key INTEGER,
    name VARCHAR,
    gender VARCHAR,
    birthday DATE,
    city VARCHAR,
    state VARCHAR,
    country VARCHAR,
    continent VARCHAR,
    changed_at TIMESTAMP,
    _source_key VARCHAR NOT NULL,
    _etag VARCHAR NOT NULL,
    _row_number BIGINT NOT NULL,
    _loaded_at TIMESTAMP NOT NULL
);
