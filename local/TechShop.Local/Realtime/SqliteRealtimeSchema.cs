namespace TechShop.Local.Realtime;

/// <summary>
/// The realtime tables of sql/keyspaces in SQLite: the same names, columns and primary keys (partition columns
/// first). Timestamps are INTEGER epoch milliseconds (CQL precision), dates and decimals TEXT (exact), enums TEXT.
/// </summary>
internal static class SqliteRealtimeSchema
{
    public const string Create = """
        CREATE TABLE IF NOT EXISTS order_events (
            event_hour INTEGER NOT NULL, shard INTEGER NOT NULL, event_time INTEGER NOT NULL, order_number INTEGER NOT NULL,
            status TEXT NOT NULL, order_date TEXT NOT NULL, customer_key INTEGER NOT NULL, store_key INTEGER NOT NULL,
            channel TEXT NOT NULL, payment_method TEXT NOT NULL, currency TEXT NOT NULL, gross_local TEXT NOT NULL,
            gross_usd TEXT NOT NULL, line_count INTEGER NOT NULL, item_count INTEGER NOT NULL,
            PRIMARY KEY (event_hour, shard, event_time, order_number, status)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS order_revenue_by_date (
            order_date TEXT NOT NULL, shard INTEGER NOT NULL, order_number INTEGER NOT NULL, customer_key INTEGER NOT NULL,
            store_key INTEGER NOT NULL, channel TEXT NOT NULL, payment_method TEXT NOT NULL, currency TEXT NOT NULL,
            rate_to_usd TEXT NOT NULL, gross_local TEXT NOT NULL, gross_usd TEXT NOT NULL, line_count INTEGER NOT NULL,
            cancelled_at INTEGER NULL, returned_at INTEGER NULL,
            PRIMARY KEY (order_date, shard, order_number)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS order_items_by_date (
            order_date TEXT NOT NULL, shard INTEGER NOT NULL, product_key INTEGER NOT NULL, order_number INTEGER NOT NULL,
            line_number INTEGER NOT NULL, quantity INTEGER NOT NULL, unit_price_local TEXT NOT NULL, currency TEXT NOT NULL,
            amount_usd TEXT NOT NULL,
            PRIMARY KEY (order_date, shard, product_key, order_number, line_number)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS order_alerts (
            alert_date TEXT NOT NULL, shard INTEGER NOT NULL, event_time INTEGER NOT NULL, order_number INTEGER NOT NULL,
            status TEXT NOT NULL, order_date TEXT NOT NULL, customer_key INTEGER NOT NULL, store_key INTEGER NOT NULL,
            risk_kind TEXT NOT NULL, revenue_at_risk_usd TEXT NOT NULL,
            PRIMARY KEY (alert_date, shard, event_time, order_number, status)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS processing_lag (
            lag_hour INTEGER NOT NULL, first_record_time INTEGER NOT NULL, topic TEXT NOT NULL, kafka_partition INTEGER NOT NULL,
            first_offset INTEGER NOT NULL, last_offset INTEGER NOT NULL, records INTEGER NOT NULL,
            event_lag_p50_ms INTEGER NOT NULL, event_lag_p99_ms INTEGER NOT NULL, kafka_lag_p50_ms INTEGER NOT NULL,
            kafka_lag_p99_ms INTEGER NOT NULL, processed_at INTEGER NOT NULL,
            PRIMARY KEY (lag_hour, first_record_time, topic, kafka_partition, first_offset)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS customers (
            customer_key INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, gender TEXT NOT NULL, birthday TEXT NOT NULL,
            city TEXT NOT NULL, state TEXT NOT NULL, country TEXT NOT NULL, continent TEXT NOT NULL, changed_at INTEGER NOT NULL
        );
        CREATE TABLE IF NOT EXISTS exchange_rates (
            currency TEXT NOT NULL, rate_date TEXT NOT NULL, rate_to_usd TEXT NOT NULL,
            PRIMARY KEY (currency, rate_date)
        ) WITHOUT ROWID;
        """;

    public const string UpsertOrderEvent = """
        INSERT INTO order_events (event_hour, shard, event_time, order_number, status, order_date, customer_key, store_key,
            channel, payment_method, currency, gross_local, gross_usd, line_count, item_count)
        VALUES ($event_hour, $shard, $event_time, $order_number, $status, $order_date, $customer_key, $store_key,
            $channel, $payment_method, $currency, $gross_local, $gross_usd, $line_count, $item_count)
        ON CONFLICT (event_hour, shard, event_time, order_number, status) DO UPDATE SET
            order_date = excluded.order_date, customer_key = excluded.customer_key, store_key = excluded.store_key,
            channel = excluded.channel, payment_method = excluded.payment_method, currency = excluded.currency,
            gross_local = excluded.gross_local, gross_usd = excluded.gross_usd, line_count = excluded.line_count,
            item_count = excluded.item_count
        """;

    // A null cancel or return time is "unset" (CQL semantics): the time already stored is kept.
    public const string UpsertOrderRevenue = """
        INSERT INTO order_revenue_by_date (order_date, shard, order_number, customer_key, store_key, channel, payment_method,
            currency, rate_to_usd, gross_local, gross_usd, line_count, cancelled_at, returned_at)
        VALUES ($order_date, $shard, $order_number, $customer_key, $store_key, $channel, $payment_method,
            $currency, $rate_to_usd, $gross_local, $gross_usd, $line_count, $cancelled_at, $returned_at)
        ON CONFLICT (order_date, shard, order_number) DO UPDATE SET
            customer_key = excluded.customer_key, store_key = excluded.store_key, channel = excluded.channel,
            payment_method = excluded.payment_method, currency = excluded.currency, rate_to_usd = excluded.rate_to_usd,
            gross_local = excluded.gross_local, gross_usd = excluded.gross_usd, line_count = excluded.line_count,
            cancelled_at = COALESCE(excluded.cancelled_at, order_revenue_by_date.cancelled_at),
            returned_at = COALESCE(excluded.returned_at, order_revenue_by_date.returned_at)
        """;

    public const string UpsertOrderItem = """
        INSERT INTO order_items_by_date (order_date, shard, product_key, order_number, line_number, quantity,
            unit_price_local, currency, amount_usd)
        VALUES ($order_date, $shard, $product_key, $order_number, $line_number, $quantity, $unit_price_local, $currency, $amount_usd)
        ON CONFLICT (order_date, shard, product_key, order_number, line_number) DO UPDATE SET
            quantity = excluded.quantity, unit_price_local = excluded.unit_price_local, currency = excluded.currency,
            amount_usd = excluded.amount_usd
        """;

    public const string UpsertOrderAlert = """
        INSERT INTO order_alerts (alert_date, shard, event_time, order_number, status, order_date, customer_key, store_key,
            risk_kind, revenue_at_risk_usd)
        VALUES ($alert_date, $shard, $event_time, $order_number, $status, $order_date, $customer_key, $store_key,
            $risk_kind, $revenue_at_risk_usd)
        ON CONFLICT (alert_date, shard, event_time, order_number, status) DO UPDATE SET
            order_date = excluded.order_date, customer_key = excluded.customer_key, store_key = excluded.store_key,
            risk_kind = excluded.risk_kind, revenue_at_risk_usd = excluded.revenue_at_risk_usd
        """;

    public const string UpsertProcessingLag = """
        INSERT INTO processing_lag (lag_hour, first_record_time, topic, kafka_partition, first_offset, last_offset, records,
            event_lag_p50_ms, event_lag_p99_ms, kafka_lag_p50_ms, kafka_lag_p99_ms, processed_at)
        VALUES ($lag_hour, $first_record_time, $topic, $kafka_partition, $first_offset, $last_offset, $records,
            $event_lag_p50_ms, $event_lag_p99_ms, $kafka_lag_p50_ms, $kafka_lag_p99_ms, $processed_at)
        ON CONFLICT (lag_hour, first_record_time, topic, kafka_partition, first_offset) DO UPDATE SET
            last_offset = excluded.last_offset, records = excluded.records, event_lag_p50_ms = excluded.event_lag_p50_ms,
            event_lag_p99_ms = excluded.event_lag_p99_ms, kafka_lag_p50_ms = excluded.kafka_lag_p50_ms,
            kafka_lag_p99_ms = excluded.kafka_lag_p99_ms, processed_at = excluded.processed_at
        """;

    public const string UpsertCustomer = """
        INSERT INTO customers (customer_key, name, gender, birthday, city, state, country, continent, changed_at)
        VALUES ($customer_key, $name, $gender, $birthday, $city, $state, $country, $continent, $changed_at)
        ON CONFLICT (customer_key) DO UPDATE SET
            name = excluded.name, gender = excluded.gender, birthday = excluded.birthday, city = excluded.city,
            state = excluded.state, country = excluded.country, continent = excluded.continent, changed_at = excluded.changed_at
        """;

    public const string UpsertExchangeRate = """
        INSERT INTO exchange_rates (currency, rate_date, rate_to_usd) VALUES ($currency, $rate_date, $rate_to_usd)
        ON CONFLICT (currency, rate_date) DO UPDATE SET rate_to_usd = excluded.rate_to_usd
        """;
}
