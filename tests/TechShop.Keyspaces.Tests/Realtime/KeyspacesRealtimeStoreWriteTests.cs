using TechShop.Core.Domain;
using TechShop.Core.Realtime;
using TechShop.Keyspaces.Protocol;

namespace TechShop.Keyspaces.Tests.Realtime;

/// <summary>What each upsert puts on the wire: the exact CQL text, the bound value bytes (expected values encoded by hand), the batches.</summary>
public sealed class KeyspacesRealtimeStoreWriteTests
{
    private static readonly DateOnly Day = new(2026, 3, 14);
    private static readonly DateTime Ten = new(2026, 3, 14, 10, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Placed = Ten.AddMinutes(17).AddSeconds(42).AddMilliseconds(123);

    [Fact]
    public async Task UpsertOrderEvents_ShouldSendTheInsertOfEveryColumnWithTypedValueBytes()
    {
        await using var fixture = await RealtimeStoreFixture.StartAsync();

        await fixture.Store.UpsertOrderEventsAsync([new OrderEventRow(Ten, 5, Placed, 1029, OrderStatus.Placed, Day, 7001, 12,
            SalesChannel.Online, PaymentMethod.PayPal, "EUR", 1089.46m, 1183.72m, 2, 3)]);

        AssertSingleWrite(fixture,
            "INSERT INTO techshop.order_events (event_hour, shard, event_time, order_number, status, order_date, customer_key, store_key, " +
            "channel, payment_method, currency, gross_local, gross_usd, line_count, item_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            "0000019CEBC9D900", "00000005", "0000019CEBDA0DEB", "0000000000000405", "504C41434544", "8000502E", "00001B59", "0000000C",
            "4F4E4C494E45", "5041595F50414C", "455552", "0000000201A992", "0000000201CE64", "00000002", "00000003");
    }

    [Fact]
    public async Task UpsertOrderRevenue_ShouldBindACancelTimeAndLeaveTheMissingReturnTimeNotSet()
    {
        await using var fixture = await RealtimeStoreFixture.StartAsync();

        await fixture.Store.UpsertOrderRevenueAsync([new OrderRevenueRow(Day, 5, 1029, 7001, 12, SalesChannel.InStore,
            PaymentMethod.CreditCard, "CAD", 0.7312m, 1618.87m, 1183.72m, 2, Ten.AddHours(1).AddMilliseconds(500), null)]);

        AssertSingleWrite(fixture,
            "INSERT INTO techshop.order_revenue_by_date (order_date, shard, order_number, customer_key, store_key, channel, payment_method, " +
            "currency, rate_to_usd, gross_local, gross_usd, line_count, cancelled_at, returned_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            "8000502E", "00000005", "0000000000000405", "00001B59", "0000000C", "494E5F53544F5245", "4352454449545F43415244", "434144",
            "000000041C90", "0000000202785F", "0000000201CE64", "00000002", "0000019CEC00C974", "unset");
    }

    [Fact]
    public async Task UpsertOrderRevenue_WhenNeitherTimeIsKnown_ShouldBindBothNotSetAndNeverNull()
    {
        await using var fixture = await RealtimeStoreFixture.StartAsync();

        await fixture.Store.UpsertOrderRevenueAsync([new OrderRevenueRow(Day, 5, 1029, 7001, 12, SalesChannel.Online,
            PaymentMethod.Cash, "USD", 1m, 10m, 10m, 1, null, null)]);

        var write = Assert.Single(Writes(fixture));
        Assert.True(write.Values[12].IsNotSet);
        Assert.True(write.Values[13].IsNotSet);
        Assert.DoesNotContain(write.Values, v => v is { IsNotSet: false, Bytes: null });
    }

    [Fact]
    public async Task UpsertOrderItems_ShouldSendTheInsertWithTypedValueBytes()
    {
        await using var fixture = await RealtimeStoreFixture.StartAsync();

        await fixture.Store.UpsertOrderItemsAsync([new OrderItemRow(Day, 5, 2115, 1029, 1, 3, 19.99m, "GBP", 75.83m)]);

        AssertSingleWrite(fixture,
            "INSERT INTO techshop.order_items_by_date (order_date, shard, product_key, order_number, line_number, quantity, unit_price_local, " +
            "currency, amount_usd) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            "8000502E", "00000005", "00000843", "0000000000000405", "00000001", "00000003", "0000000207CF", "474250", "000000021D9F");
    }

    [Fact]
    public async Task UpsertOrderAlerts_ShouldSendTheInsertWithTypedValueBytes()
    {
        await using var fixture = await RealtimeStoreFixture.StartAsync();

        await fixture.Store.UpsertOrderAlertsAsync([new OrderAlertRow(Day.AddDays(1), 5, Ten.AddHours(22), 1029, OrderStatus.Returned, Day,
            7001, 12, RevenueAtRiskKind.AfterFulfilment, 1183.72m)]);

        AssertSingleWrite(fixture,
            "INSERT INTO techshop.order_alerts (alert_date, shard, event_time, order_number, status, order_date, customer_key, store_key, " +
            "risk_kind, revenue_at_risk_usd) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            "8000502F", "00000005", "0000019CF0825800", "0000000000000405", "52455455524E4544", "8000502E", "00001B59", "0000000C",
            "41465445525F46554C46494C4D454E54", "0000000201CE64");
    }

    [Fact]
    public async Task UpsertProcessingLag_ShouldSendTheInsertWithTypedValueBytes()
    {
        await using var fixture = await RealtimeStoreFixture.StartAsync();

        await fixture.Store.UpsertProcessingLagAsync([new ProcessingLagRow(Ten, Placed, "orders", 7, 123456789012, 123456789021, 10,
            2500, 2900, 500, 1000, Placed.AddSeconds(3))]);

        AssertSingleWrite(fixture,
            "INSERT INTO techshop.processing_lag (lag_hour, first_record_time, topic, kafka_partition, first_offset, last_offset, records, " +
            "event_lag_p50_ms, event_lag_p99_ms, kafka_lag_p50_ms, kafka_lag_p99_ms, processed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            "0000019CEBC9D900", "0000019CEBDA0DEB", "6F7264657273", "00000007", "0000001CBE991A14", "0000001CBE991A1D", "0000000A",
            "00000000000009C4", "0000000000000B54", "00000000000001F4", "00000000000003E8", "0000019CEBDA19A3");
    }

    [Fact]
    public async Task UpsertCustomers_ShouldSendTheInsertWithUtf8TextAndTypedValueBytes()
    {
        await using var fixture = await RealtimeStoreFixture.StartAsync();

        await fixture.Store.UpsertCustomersAsync([new Customer(7001, "Ada Martin", "Female", new DateOnly(1988, 5, 2), "Lyon",
            "Auvergne-Rhône-Alpes", "France", "Europe", Ten.AddMilliseconds(7))]);

        AssertSingleWrite(fixture,
            "INSERT INTO techshop.customers (customer_key, name, gender, birthday, city, state, country, continent, changed_at) " +
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            "00001B59", "416461204D617274696E", "46656D616C65", "80001A28", "4C796F6E", "4175766572676E652D5268C3B46E652D416C706573",
            "4672616E6365", "4575726F7065", "0000019CEBC9D907");
    }

    [Fact]
    public async Task UpsertExchangeRates_ShouldSendTheInsertKeepingTheDecimalScale()
    {
        await using var fixture = await RealtimeStoreFixture.StartAsync();

        await fixture.Store.UpsertExchangeRatesAsync([new ExchangeRate(Day, "AUD", 0.65432100m)]);

        AssertSingleWrite(fixture,
            "INSERT INTO techshop.exchange_rates (currency, rate_date, rate_to_usd) VALUES (?, ?, ?)",
            "415544", "8000502E", "0000000803E66A24");
    }

    [Fact]
    public async Task Upsert_ShouldSendUnloggedQuorumBatchesOfOnePartitionWithinTheMaxSize()
    {
        await using var fixture = await RealtimeStoreFixture.StartAsync(configure: o => o with { MaxBatchSize = 3 });
        // Orders 1, 33, 65, 97, 129 fall in shard 1 of 10:00; 2, 34, 66 in shard 2; 3 in shard 3 but the 11:00 bucket.
        long[] orders = [1, 2, 33, 34, 65, 66, 97, 129];
        var rows = orders.Select(o => Event(o, Ten.AddMinutes(o % 60))).Append(Event(3, Ten.AddHours(1))).ToList();

        await fixture.Store.UpsertOrderEventsAsync(rows);

        var batches = Writes(fixture).GroupBy(w => w.Batch).ToList();
        Assert.Equal(9, batches.Sum(b => b.Count()));
        Assert.All(batches, b => Assert.InRange(b.Count(), 1, 3));
        Assert.All(batches, b => Assert.Single(b.Select(w => w.Values[0].Hex + "/" + w.Values[1].Hex).Distinct()));
        Assert.All(batches.SelectMany(b => b), w => Assert.Equal((1, Consistency.LocalQuorum), (w.BatchType, w.Consistency)));
        Assert.Equal(
            ["0000019CEBC9D900/00000001:2", "0000019CEBC9D900/00000001:3", "0000019CEBC9D900/00000002:3", "0000019CEC00C780/00000003:1"],
            batches.Select(b => $"{b.First().Values[0].Hex}/{b.First().Values[1].Hex}:{b.Count()}").Order(StringComparer.Ordinal));
        Assert.Equal(9, fixture.Tables.RowCount("order_events"));
    }

    [Fact]
    public async Task Upsert_WhenNoRowsAreGiven_ShouldSendNothing()
    {
        await using var fixture = await RealtimeStoreFixture.StartAsync();

        await fixture.Store.UpsertOrderItemsAsync([]);

        Assert.Empty(fixture.Server.ReceivedWith(Opcode.Batch));
    }

    private static OrderEventRow Event(long order, DateTime time) =>
        new(RealtimeTime.Hour(time), RealtimeShard.Of(order), time, order, OrderStatus.Placed, Day, 7001, 12, SalesChannel.Online,
            PaymentMethod.Cash, "USD", 1m, 1m, 1, 1);

    private static List<ExecutedStatement> Writes(RealtimeStoreFixture fixture) =>
        fixture.Tables.Log.Where(s => s.Text.StartsWith("INSERT", StringComparison.Ordinal)).ToList();

    private static void AssertSingleWrite(RealtimeStoreFixture fixture, string text, params string[] valueHex)
    {
        var write = Assert.Single(Writes(fixture));
        Assert.Equal(text, write.Text);
        Assert.Equal(valueHex, write.Values.Select(v => v.Hex));
        Assert.Equal((0, 1, Consistency.LocalQuorum), (write.Batch, write.BatchType, write.Consistency));
        Assert.DoesNotContain("USING TTL", write.Text, StringComparison.Ordinal);
    }
}
