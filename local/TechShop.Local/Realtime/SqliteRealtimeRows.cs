using Microsoft.Data.Sqlite;
using TechShop.Core.Domain;
using TechShop.Core.Realtime;

namespace TechShop.Local.Realtime;

/// <summary>How each realtime row binds to the upsert parameters and reads back from a <c>SELECT *</c>.</summary>
internal static class SqliteRealtimeRows
{
    public static void Bind(SqliteParameterCollection p, OrderEventRow r)
    {
        p.AddWithValue("$event_hour", Ms(r.EventHour));
        p.AddWithValue("$shard", r.Shard);
        p.AddWithValue("$event_time", Ms(r.EventTime));
        p.AddWithValue("$order_number", r.OrderNumber);
        p.AddWithValue("$status", RealtimeText.Of(r.Status));
        p.AddWithValue("$order_date", RealtimeText.Of(r.OrderDate));
        p.AddWithValue("$customer_key", r.CustomerKey);
        p.AddWithValue("$store_key", r.StoreKey);
        p.AddWithValue("$channel", RealtimeText.Of(r.Channel));
        p.AddWithValue("$payment_method", RealtimeText.Of(r.PaymentMethod));
        p.AddWithValue("$currency", r.Currency);
        p.AddWithValue("$gross_local", RealtimeText.Of(r.GrossLocal));
        p.AddWithValue("$gross_usd", RealtimeText.Of(r.GrossUsd));
        p.AddWithValue("$line_count", r.LineCount);
        p.AddWithValue("$item_count", r.ItemCount);
    }

    public static OrderEventRow ReadOrderEvent(SqliteDataReader d) => new(
        Time(d, "event_hour"), Int(d, "shard"), Time(d, "event_time"), Long(d, "order_number"),
        RealtimeText.Parse<OrderStatus>(Text(d, "status")), Date(d, "order_date"), Int(d, "customer_key"), Int(d, "store_key"),
        RealtimeText.Parse<SalesChannel>(Text(d, "channel")), RealtimeText.Parse<PaymentMethod>(Text(d, "payment_method")),
        Text(d, "currency"), Dec(d, "gross_local"), Dec(d, "gross_usd"), Int(d, "line_count"), Int(d, "item_count"));

    public static void Bind(SqliteParameterCollection p, OrderRevenueRow r)
    {
        p.AddWithValue("$order_date", RealtimeText.Of(r.OrderDate));
        p.AddWithValue("$shard", r.Shard);
        p.AddWithValue("$order_number", r.OrderNumber);
        p.AddWithValue("$customer_key", r.CustomerKey);
        p.AddWithValue("$store_key", r.StoreKey);
        p.AddWithValue("$channel", RealtimeText.Of(r.Channel));
        p.AddWithValue("$payment_method", RealtimeText.Of(r.PaymentMethod));
        p.AddWithValue("$currency", r.Currency);
        p.AddWithValue("$rate_to_usd", RealtimeText.Of(r.RateToUsd));
        p.AddWithValue("$gross_local", RealtimeText.Of(r.GrossLocal));
        p.AddWithValue("$gross_usd", RealtimeText.Of(r.GrossUsd));
        p.AddWithValue("$line_count", r.LineCount);
        p.AddWithValue("$cancelled_at", r.CancelledAt is { } c ? Ms(c) : DBNull.Value);
        p.AddWithValue("$returned_at", r.ReturnedAt is { } t ? Ms(t) : DBNull.Value);
    }

    public static OrderRevenueRow ReadOrderRevenue(SqliteDataReader d) => new(
        Date(d, "order_date"), Int(d, "shard"), Long(d, "order_number"), Int(d, "customer_key"), Int(d, "store_key"),
        RealtimeText.Parse<SalesChannel>(Text(d, "channel")), RealtimeText.Parse<PaymentMethod>(Text(d, "payment_method")),
        Text(d, "currency"), Dec(d, "rate_to_usd"), Dec(d, "gross_local"), Dec(d, "gross_usd"), Int(d, "line_count"),
        NullableTime(d, "cancelled_at"), NullableTime(d, "returned_at"));

    public static void Bind(SqliteParameterCollection p, OrderItemRow r)
    {
        p.AddWithValue("$order_date", RealtimeText.Of(r.OrderDate));
        p.AddWithValue("$shard", r.Shard);
        p.AddWithValue("$product_key", r.ProductKey);
        p.AddWithValue("$order_number", r.OrderNumber);
        p.AddWithValue("$line_number", r.LineNumber);
        p.AddWithValue("$quantity", r.Quantity);
        p.AddWithValue("$unit_price_local", RealtimeText.Of(r.UnitPriceLocal));
        p.AddWithValue("$currency", r.Currency);
        p.AddWithValue("$amount_usd", RealtimeText.Of(r.AmountUsd));
    }

    public static OrderItemRow ReadOrderItem(SqliteDataReader d) => new(
        Date(d, "order_date"), Int(d, "shard"), Int(d, "product_key"), Long(d, "order_number"), Int(d, "line_number"),
        Int(d, "quantity"), Dec(d, "unit_price_local"), Text(d, "currency"), Dec(d, "amount_usd"));

    public static void Bind(SqliteParameterCollection p, OrderAlertRow r)
    {
        p.AddWithValue("$alert_date", RealtimeText.Of(r.AlertDate));
        p.AddWithValue("$shard", r.Shard);
        p.AddWithValue("$event_time", Ms(r.EventTime));
        p.AddWithValue("$order_number", r.OrderNumber);
        p.AddWithValue("$status", RealtimeText.Of(r.Status));
        p.AddWithValue("$order_date", RealtimeText.Of(r.OrderDate));
        p.AddWithValue("$customer_key", r.CustomerKey);
        p.AddWithValue("$store_key", r.StoreKey);
        p.AddWithValue("$risk_kind", RealtimeText.Of(r.RiskKind));
        p.AddWithValue("$revenue_at_risk_usd", RealtimeText.Of(r.RevenueAtRiskUsd));
    }

    public static OrderAlertRow ReadOrderAlert(SqliteDataReader d) => new(
        Date(d, "alert_date"), Int(d, "shard"), Time(d, "event_time"), Long(d, "order_number"),
        RealtimeText.Parse<OrderStatus>(Text(d, "status")), Date(d, "order_date"), Int(d, "customer_key"), Int(d, "store_key"),
        RealtimeText.Parse<RevenueAtRiskKind>(Text(d, "risk_kind")), Dec(d, "revenue_at_risk_usd"));

    public static void Bind(SqliteParameterCollection p, ProcessingLagRow r)
    {
        p.AddWithValue("$lag_hour", Ms(r.LagHour));
        p.AddWithValue("$first_record_time", Ms(r.FirstRecordTime));
        p.AddWithValue("$topic", r.Topic);
        p.AddWithValue("$kafka_partition", r.KafkaPartition);
        p.AddWithValue("$first_offset", r.FirstOffset);
        p.AddWithValue("$last_offset", r.LastOffset);
        p.AddWithValue("$records", r.Records);
        p.AddWithValue("$event_lag_p50_ms", r.EventLagP50Ms);
        p.AddWithValue("$event_lag_p99_ms", r.EventLagP99Ms);
        p.AddWithValue("$kafka_lag_p50_ms", r.KafkaLagP50Ms);
        p.AddWithValue("$kafka_lag_p99_ms", r.KafkaLagP99Ms);
        p.AddWithValue("$processed_at", Ms(r.ProcessedAt));
    }

    public static ProcessingLagRow ReadProcessingLag(SqliteDataReader d) => new(
        Time(d, "lag_hour"), Time(d, "first_record_time"), Text(d, "topic"), Int(d, "kafka_partition"),
        Long(d, "first_offset"), Long(d, "last_offset"), Int(d, "records"), Long(d, "event_lag_p50_ms"),
        Long(d, "event_lag_p99_ms"), Long(d, "kafka_lag_p50_ms"), Long(d, "kafka_lag_p99_ms"), Time(d, "processed_at"));

    public static void Bind(SqliteParameterCollection p, Customer c)
    {
        p.AddWithValue("$customer_key", c.CustomerKey);
        p.AddWithValue("$name", c.Name);
        p.AddWithValue("$gender", c.Gender);
        p.AddWithValue("$birthday", RealtimeText.Of(c.Birthday));
        p.AddWithValue("$city", c.City);
        p.AddWithValue("$state", c.State);
        p.AddWithValue("$country", c.Country);
        p.AddWithValue("$continent", c.Continent);
        p.AddWithValue("$changed_at", Ms(c.ChangedAt));
    }

    public static Customer ReadCustomer(SqliteDataReader d) => new(
        Int(d, "customer_key"), Text(d, "name"), Text(d, "gender"), Date(d, "birthday"), Text(d, "city"), Text(d, "state"),
        Text(d, "country"), Text(d, "continent"), Time(d, "changed_at"));

    public static void Bind(SqliteParameterCollection p, ExchangeRate r)
    {
        p.AddWithValue("$currency", r.Currency);
        p.AddWithValue("$rate_date", RealtimeText.Of(r.Date));
        p.AddWithValue("$rate_to_usd", RealtimeText.Of(r.RateToUsd));
    }

    public static ExchangeRate ReadExchangeRate(SqliteDataReader d) =>
        new(Date(d, "rate_date"), Text(d, "currency"), Dec(d, "rate_to_usd"));

    public static long Ms(DateTime utc) => RealtimeTime.ToUnixMilliseconds(utc);

    private static string Text(SqliteDataReader d, string column) => d.GetString(d.GetOrdinal(column));

    private static int Int(SqliteDataReader d, string column) => d.GetInt32(d.GetOrdinal(column));

    private static long Long(SqliteDataReader d, string column) => d.GetInt64(d.GetOrdinal(column));

    private static decimal Dec(SqliteDataReader d, string column) => RealtimeText.ParseDecimal(Text(d, column));

    private static DateOnly Date(SqliteDataReader d, string column) => RealtimeText.ParseDate(Text(d, column));

    private static DateTime Time(SqliteDataReader d, string column) => RealtimeTime.FromUnixMilliseconds(Long(d, column));

    private static DateTime? NullableTime(SqliteDataReader d, string column)
    {
        var ordinal = d.GetOrdinal(column);
        return d.IsDBNull(ordinal) ? null : RealtimeTime.FromUnixMilliseconds(d.GetInt64(ordinal));
    }
}
