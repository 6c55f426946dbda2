using TechShop.Core.Domain;
using TechShop.Core.Realtime;
using TechShop.Keyspaces.Session;
using TechShop.Keyspaces.Values;

namespace TechShop.Keyspaces.Realtime;

/// <summary>
/// How each realtime row binds to its table's INSERT (values in <see cref="RealtimeTable.Columns"/> order) and reads
/// back from its SELECT. Enums are SCREAMING_SNAKE text (<see cref="RealtimeText"/>), as in the SQLite store.
/// </summary>
internal static class RealtimeRowMapping
{
    public static object?[] ValuesOf(OrderEventRow r) =>
    [
        r.EventHour, r.Shard, r.EventTime, r.OrderNumber, RealtimeText.Of(r.Status), r.OrderDate, r.CustomerKey, r.StoreKey,
        RealtimeText.Of(r.Channel), RealtimeText.Of(r.PaymentMethod), r.Currency, r.GrossLocal, r.GrossUsd, r.LineCount, r.ItemCount,
    ];

    public static OrderEventRow ReadOrderEvent(Row d) => new(
        Time(d, "event_hour"), d.GetInt32("shard"), Time(d, "event_time"), d.GetInt64("order_number"),
        RealtimeText.Parse<OrderStatus>(d.GetString("status")), d.GetDate("order_date"), d.GetInt32("customer_key"),
        d.GetInt32("store_key"), RealtimeText.Parse<SalesChannel>(d.GetString("channel")),
        RealtimeText.Parse<PaymentMethod>(d.GetString("payment_method")), d.GetString("currency"), d.GetDecimal("gross_local"),
        d.GetDecimal("gross_usd"), d.GetInt32("line_count"), d.GetInt32("item_count"));

    /// <summary>Cancel and return times only their events write: null is bound as "not set", never as null (a delete).</summary>
    public static object?[] ValuesOf(OrderRevenueRow r) =>
    [
        r.OrderDate, r.Shard, r.OrderNumber, r.CustomerKey, r.StoreKey, RealtimeText.Of(r.Channel), RealtimeText.Of(r.PaymentMethod),
        r.Currency, r.RateToUsd, r.GrossLocal, r.GrossUsd, r.LineCount,
        r.CancelledAt is { } cancelled ? cancelled : Unset.Value,
        r.ReturnedAt is { } returned ? returned : Unset.Value,
    ];

    public static OrderRevenueRow ReadOrderRevenue(Row d) => new(
        d.GetDate("order_date"), d.GetInt32("shard"), d.GetInt64("order_number"), d.GetInt32("customer_key"), d.GetInt32("store_key"),
        RealtimeText.Parse<SalesChannel>(d.GetString("channel")), RealtimeText.Parse<PaymentMethod>(d.GetString("payment_method")),
        d.GetString("currency"), d.GetDecimal("rate_to_usd"), d.GetDecimal("gross_local"), d.GetDecimal("gross_usd"),
        d.GetInt32("line_count"), NullableTime(d, "cancelled_at"), NullableTime(d, "returned_at"));

    public static object?[] ValuesOf(OrderItemRow r) =>
        [r.OrderDate, r.Shard, r.ProductKey, r.OrderNumber, r.LineNumber, r.Quantity, r.UnitPriceLocal, r.Currency, r.AmountUsd];

    public static OrderItemRow ReadOrderItem(Row d) => new(
        d.GetDate("order_date"), d.GetInt32("shard"), d.GetInt32("product_key"), d.GetInt64("order_number"), d.GetInt32("line_number"),
        d.GetInt32("quantity"), d.GetDecimal("unit_price_local"), d.GetString("currency"), d.GetDecimal("amount_usd"));

    public static object?[] ValuesOf(OrderAlertRow r) =>
    [
        r.AlertDate, r.Shard, r.EventTime, r.OrderNumber, RealtimeText.Of(r.Status), r.OrderDate, r.CustomerKey, r.StoreKey,
        RealtimeText.Of(r.RiskKind), r.RevenueAtRiskUsd,
    ];

    public static OrderAlertRow ReadOrderAlert(Row d) => new(
        d.GetDate("alert_date"), d.GetInt32("shard"), Time(d, "event_time"), d.GetInt64("order_number"),
        RealtimeText.Parse<OrderStatus>(d.GetString("status")), d.GetDate("order_date"), d.GetInt32("customer_key"),
        d.GetInt32("store_key"), RealtimeText.Parse<RevenueAtRiskKind>(d.GetString("risk_kind")), d.GetDecimal("revenue_at_risk_usd"));

    public static object?[] ValuesOf(ProcessingLagRow r) =>
    [
        r.LagHour, r.FirstRecordTime, r.Topic, r.KafkaPartition, r.FirstOffset, r.LastOffset, r.Records, r.EventLagP50Ms,
        r.EventLagP99Ms, r.KafkaLagP50Ms, r.KafkaLagP99Ms, r.ProcessedAt,
    ];

    public static ProcessingLagRow ReadProcessingLag(Row d) => new(
        Time(d, "lag_hour"), Time(d, "first_record_time"), d.GetString("topic"), d.GetInt32("kafka_partition"),
        d.GetInt64("first_offset"), d.GetInt64("last_offset"), d.GetInt32("records"), d.GetInt64("event_lag_p50_ms"),
        d.GetInt64("event_lag_p99_ms"), d.GetInt64("kafka_lag_p50_ms"), d.GetInt64("kafka_lag_p99_ms"), Time(d, "processed_at"));

    public static object?[] ValuesOf(Customer c) =>
        [c.CustomerKey, c.Name, c.Gender, c.Birthday, c.City, c.State, c.Country, c.Continent, c.ChangedAt];

    public static Customer ReadCustomer(Row d) => new(
        d.GetInt32("customer_key"), d.GetString("name"), d.GetString("gender"), d.GetDate("birthday"), d.GetString("city"),
        d.GetString("state"), d.GetString("country"), d.GetString("continent"), Time(d, "changed_at"));

    public static object?[] ValuesOf(ExchangeRate r) => [r.Currency, r.Date, r.RateToUsd];

    public static ExchangeRate ReadExchangeRate(Row d) => new(d.GetDate("rate_date"), d.GetString("currency"), d.GetDecimal("rate_to_usd"));

    private static DateTime Time(Row d, string column) => d.GetTimestamp(column).UtcDateTime;

    private static DateTime? NullableTime(Row d, string column) => d.IsNull(column) ? null : Time(d, column);
}
