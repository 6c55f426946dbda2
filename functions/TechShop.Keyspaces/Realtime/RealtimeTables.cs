namespace TechShop.Keyspaces.Realtime;

/// <summary>The seven tables of sql/keyspaces, described once; the store derives its CQL from these.</summary>
public static class RealtimeTables
{
    /// <summary><c>order_events</c>: ((event_hour, shard), event_time, order_number, status).</summary>
    public static RealtimeTable OrderEvents { get; } = new(
        "order_events",
        [
            new("event_hour", "timestamp"), new("shard", "int"), new("event_time", "timestamp"), new("order_number", "bigint"),
            new("status", "text"), new("order_date", "date"), new("customer_key", "int"), new("store_key", "int"),
            new("channel", "text"), new("payment_method", "text"), new("currency", "text"), new("gross_local", "decimal"),
            new("gross_usd", "decimal"), new("line_count", "int"), new("item_count", "int"),
        ],
        ["event_hour", "shard"],
        ["event_time", "order_number", "status"]);

    /// <summary><c>order_revenue_by_date</c>: ((order_date, shard), order_number); cancelled_at and returned_at are kept when null.</summary>
    public static RealtimeTable OrderRevenue { get; } = new(
        "order_revenue_by_date",
        [
            new("order_date", "date"), new("shard", "int"), new("order_number", "bigint"), new("customer_key", "int"),
            new("store_key", "int"), new("channel", "text"), new("payment_method", "text"), new("currency", "text"),
            new("rate_to_usd", "decimal"), new("gross_local", "decimal"), new("gross_usd", "decimal"), new("line_count", "int"),
            new("cancelled_at", "timestamp", KeepWhenNull: true), new("returned_at", "timestamp", KeepWhenNull: true),
        ],
        ["order_date", "shard"],
        ["order_number"]);

    /// <summary><c>order_items_by_date</c>: ((order_date, shard), product_key, order_number, line_number).</summary>
    public static RealtimeTable OrderItems { get; } = new(
        "order_items_by_date",
        [
            new("order_date", "date"), new("shard", "int"), new("product_key", "int"), new("order_number", "bigint"),
            new("line_number", "int"), new("quantity", "int"), new("unit_price_local", "decimal"), new("currency", "text"),
            new("amount_usd", "decimal"),
        ],
        ["order_date", "shard"],
        ["product_key", "order_number", "line_number"]);

    /// <summary><c>order_alerts</c>: ((alert_date, shard), event_time, order_number, status).</summary>
    public static RealtimeTable OrderAlerts { get; } = new(
        "order_alerts",
        [
            new("alert_date", "date"), new("shard", "int"), new("event_time", "timestamp"), new("order_number", "bigint"),
            new("status", "text"), new("order_date", "date"), new("customer_key", "int"), new("store_key", "int"),
            new("risk_kind", "text"), new("revenue_at_risk_usd", "decimal"),
        ],
        ["alert_date", "shard"],
        ["event_time", "order_number", "status"]);

    /// <summary><c>processing_lag</c>: ((lag_hour), first_record_time, topic, kafka_partition, first_offset).</summary>
    public static RealtimeTable ProcessingLag { get; } = new(
        "processing_lag",
        [
            new("lag_hour", "timestamp"), new("first_record_time", "timestamp"), new("topic", "text"), new("kafka_partition", "int"),
            new("first_offset", "bigint"), new("last_offset", "bigint"), new("records", "int"), new("event_lag_p50_ms", "bigint"),
            new("event_lag_p99_ms", "bigint"), new("kafka_lag_p50_ms", "bigint"), new("kafka_lag_p99_ms", "bigint"),
            new("processed_at", "timestamp"),
        ],
        ["lag_hour"],
        ["first_record_time", "topic", "kafka_partition", "first_offset"]);

    /// <summary><c>customers</c>: ((customer_key)).</summary>
    public static RealtimeTable Customers { get; } = new(
        "customers",
        [
            new("customer_key", "int"), new("name", "text"), new("gender", "text"), new("birthday", "date"), new("city", "text"),
            new("state", "text"), new("country", "text"), new("continent", "text"), new("changed_at", "timestamp"),
        ],
        ["customer_key"],
        []);

    /// <summary><c>exchange_rates</c>: ((currency), rate_date).</summary>
    public static RealtimeTable ExchangeRates { get; } = new(
        "exchange_rates",
        [new("currency", "text"), new("rate_date", "date"), new("rate_to_usd", "decimal")],
        ["currency"],
        ["rate_date"]);

    /// <summary>Every table, in the order of the DDL files.</summary>
    public static IReadOnlyList<RealtimeTable> All { get; } =
        [OrderEvents, OrderRevenue, OrderItems, OrderAlerts, ProcessingLag, Customers, ExchangeRates];
}
