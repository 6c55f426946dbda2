using TechShop.Core.Domain;
using TechShop.Core.Realtime;
using TechShop.Keyspaces.Protocol;

namespace TechShop.Keyspaces.Tests.Realtime;

/// <summary>Each read restricts the whole partition key of every bucket of its range, reads at LOCAL_ONE, pages, and sums exactly.</summary>
public sealed class KeyspacesRealtimeStoreReadTests
{
    private const string EveryShard =
        "shard IN (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31)";

    private static readonly DateOnly Day = new(2026, 3, 14);
    private static readonly DateTime Ten = new(2026, 3, 14, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task GetOrdersPerMinute_ShouldQueryEveryShardOfEachHourOfTheRangeAndSumPerMinuteToTheCent()
    {
        await using var fixture = await RealtimeStoreFixture.StartAsync();
        // 64 orders over all 32 shards: order i in minute i % 3 of 10:00, for i + 0.01 USD.
        var rows = Enumerable.Range(1, 64).Select(i => Event(i, Ten.AddMinutes(i % 3).AddSeconds(i % 50), i + 0.01m)).ToList();
        rows.Add(Event(3, Ten.AddSeconds(30), 3.01m, OrderStatus.Cancelled));
        rows.Add(Event(100, Ten.AddMilliseconds(-1), 5m));
        rows.Add(Event(101, Ten.AddMinutes(70), 7m));
        rows.Add(Event(102, Ten.AddMinutes(75), 9m)); // the end is exclusive
        rows.Add(Event(103, Ten.AddMinutes(-31), 9m));
        await fixture.Store.UpsertOrderEventsAsync(rows);

        var minutes = await fixture.Store.GetOrdersPerMinuteAsync(Ten.AddMinutes(-30), Ten.AddMinutes(75));

        Assert.Equal(
        [
            new MinuteVolume(Ten.AddMinutes(-1), 1, 5m, 0, 0), new MinuteVolume(Ten, 21, 693.21m, 1, 0),
            new MinuteVolume(Ten.AddMinutes(1), 22, 715.22m, 0, 0), new MinuteVolume(Ten.AddMinutes(2), 21, 672.21m, 0, 0),
            new MinuteVolume(Ten.AddMinutes(70), 1, 7m, 0, 0),
        ], minutes);
        var reads = Reads(fixture);
        Assert.All(reads, r => Assert.Equal(
            "SELECT event_hour, shard, event_time, order_number, status, order_date, customer_key, store_key, channel, payment_method, " +
            "currency, gross_local, gross_usd, line_count, item_count FROM techshop.order_events " +
            $"WHERE event_hour = ? AND {EveryShard} AND event_time >= ? AND event_time < ?", r.Text));
        Assert.Equal(
            ["0000019CEB92EA80 0000019CEBAE61C0 0000019CEC0E8320", "0000019CEBC9D900 0000019CEBAE61C0 0000019CEC0E8320",
             "0000019CEC00C780 0000019CEBAE61C0 0000019CEC0E8320"],
            reads.Select(r => string.Join(' ', r.Values.Select(v => v.Hex))).Order(StringComparer.Ordinal));
        Assert.All(reads, r => Assert.Equal(Consistency.LocalOne, r.Consistency));
    }

    [Fact]
    public async Task GetRevenueByOrderDate_ShouldQueryEachDateOverEveryShardAndSumGrossAndAtRiskToTheCent()
    {
        await using var fixture = await RealtimeStoreFixture.StartAsync();
        var rows = Enumerable.Range(1, 64).Select(i => Revenue(i, Day, i + 0.01m,
            cancelledAt: i == 5 ? Ten : null, returnedAt: i == 7 ? Ten.AddDays(3) : null)).ToList();
        rows.Add(Revenue(200, Day.AddDays(2), 0.01m));
        rows.Add(Revenue(201, Day.AddDays(3), 1m));
        await fixture.Store.UpsertOrderRevenueAsync(rows);

        var days = await fixture.Store.GetRevenueByOrderDateAsync(Day, Day.AddDays(2));

        Assert.Equal([new DailyRevenue(Day, 64, 2080.64m, 1, 5.01m, 1, 7.01m), new DailyRevenue(Day.AddDays(2), 1, 0.01m, 0, 0m, 0, 0m)], days);
        Assert.Equal(2068.62m, days[0].NetUsd);
        var reads = Reads(fixture);
        Assert.All(reads, r => Assert.Equal(
            "SELECT order_date, shard, order_number, customer_key, store_key, channel, payment_method, currency, rate_to_usd, " +
            $"gross_local, gross_usd, line_count, cancelled_at, returned_at FROM techshop.order_revenue_by_date WHERE order_date = ? AND {EveryShard}",
            r.Text));
        Assert.Equal(["8000502E", "8000502F", "80005030"], reads.Select(r => Assert.Single(r.Values).Hex).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task GetTopProducts_WhenTheDaySpansSeveralPages_ShouldFollowEveryPagingState()
    {
        await using var fixture = await RealtimeStoreFixture.StartAsync(configure: o => o with { PageSize = 2 });
        await fixture.Store.UpsertOrderItemsAsync(
        [
            Item(1, 1, 176, 1, 1140.28m), Item(2, 1, 2115, 2, 43.44m), Item(33, 1, 2115, 3, 65.17m), Item(3, 1, 9, 1, 108.60m),
            Item(4, 1, 8, 1, 108.61m),
        ]);

        var top = await fixture.Store.GetTopProductsAsync(Day, 3);

        Assert.Equal([new ProductSales(176, 1, 1140.28m, 1), new ProductSales(8, 1, 108.61m, 1), new ProductSales(2115, 5, 108.61m, 2)], top);
        var reads = Reads(fixture);
        Assert.Equal(["null", "00000002", "00000004"], reads.Select(r => r.PagingState is null ? "null" : Convert.ToHexString(r.PagingState)));
        Assert.All(reads, r => Assert.Equal(
            "SELECT order_date, shard, product_key, order_number, line_number, quantity, unit_price_local, currency, amount_usd " +
            $"FROM techshop.order_items_by_date WHERE order_date = ? AND {EveryShard}", r.Text));
    }

    [Fact]
    public async Task GetOrderAlerts_ShouldQueryTheDateOverEveryShard()
    {
        await using var fixture = await RealtimeStoreFixture.StartAsync();
        var cancel = new OrderAlertRow(Day, 1, Ten, 1, OrderStatus.Cancelled, Day, 7001, 12, RevenueAtRiskKind.BeforeFulfilment, 1384.72m);
        var ret = new OrderAlertRow(Day, 31, Ten.AddMinutes(3), 31, OrderStatus.Returned, Day, 7001, 12, RevenueAtRiskKind.AfterFulfilment, 250.05m);
        await fixture.Store.UpsertOrderAlertsAsync([cancel, ret]);

        Assert.Equal([ret, cancel], await fixture.Store.GetOrderAlertsAsync(Day));
        var read = Assert.Single(Reads(fixture));
        Assert.Equal(
            "SELECT alert_date, shard, event_time, order_number, status, order_date, customer_key, store_key, risk_kind, revenue_at_risk_usd " +
            $"FROM techshop.order_alerts WHERE alert_date = ? AND {EveryShard}", read.Text);
        Assert.Equal("8000502E", Assert.Single(read.Values).Hex);
    }

    [Fact]
    public async Task GetProcessingLag_ShouldQueryEachHourPartitionOfTheRange()
    {
        await using var fixture = await RealtimeStoreFixture.StartAsync();

        Assert.Empty(await fixture.Store.GetProcessingLagAsync(Ten.AddMinutes(30), Ten.AddHours(2)));

        var reads = Reads(fixture);
        Assert.All(reads, r => Assert.Equal(
            "SELECT lag_hour, first_record_time, topic, kafka_partition, first_offset, last_offset, records, event_lag_p50_ms, " +
            "event_lag_p99_ms, kafka_lag_p50_ms, kafka_lag_p99_ms, processed_at FROM techshop.processing_lag " +
            "WHERE lag_hour = ? AND first_record_time >= ? AND first_record_time < ?", r.Text));
        Assert.Equal(
            ["0000019CEBC9D900 0000019CEBE55040 0000019CEC37B600", "0000019CEC00C780 0000019CEBE55040 0000019CEC37B600"],
            reads.Select(r => string.Join(' ', r.Values.Select(v => v.Hex))).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Lookups_ShouldRestrictTheWholePrimaryKey()
    {
        await using var fixture = await RealtimeStoreFixture.StartAsync();

        Assert.Null(await fixture.Store.GetCustomerAsync(7001));
        Assert.Null(await fixture.Store.GetExchangeRateAsync("AUD", Day));

        Assert.Equal(
        [
            "SELECT currency, rate_date, rate_to_usd FROM techshop.exchange_rates WHERE currency = ? AND rate_date = ? [415544 8000502E]",
            "SELECT customer_key, name, gender, birthday, city, state, country, continent, changed_at FROM techshop.customers WHERE customer_key = ? [00001B59]",
        ], Reads(fixture).Select(r => $"{r.Text} [{string.Join(' ', r.Values.Select(v => v.Hex))}]").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task GetCounts_ShouldPageThroughThePartitionKeysOfEveryTable()
    {
        await using var fixture = await RealtimeStoreFixture.StartAsync(configure: o => o with { PageSize = 2 });
        await fixture.Store.UpsertOrderEventsAsync(Enumerable.Range(1, 5).Select(i => Event(i, Ten.AddSeconds(i), 1m)).ToList());

        Assert.Equal(new RealtimeCounts(5, 0, 0, 0, 0, 0, 0), await fixture.Store.GetCountsAsync());

        Assert.Equal(
        [
            "SELECT alert_date, shard FROM techshop.order_alerts", "SELECT currency FROM techshop.exchange_rates",
            "SELECT customer_key FROM techshop.customers", "SELECT event_hour, shard FROM techshop.order_events",
            "SELECT lag_hour FROM techshop.processing_lag", "SELECT order_date, shard FROM techshop.order_items_by_date",
            "SELECT order_date, shard FROM techshop.order_revenue_by_date",
        ], Reads(fixture).Select(r => r.Text).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(3, Reads(fixture).Count(r => r.Text.EndsWith("techshop.order_events", StringComparison.Ordinal)));
    }

    private static List<ExecutedStatement> Reads(RealtimeStoreFixture fixture) =>
        fixture.Tables.Log.Where(s => s.Text.StartsWith("SELECT", StringComparison.Ordinal)).ToList();

    private static OrderEventRow Event(long order, DateTime time, decimal grossUsd, OrderStatus status = OrderStatus.Placed) =>
        new(RealtimeTime.Hour(time), RealtimeShard.Of(order), time, order, status, Day, 7001, 12, SalesChannel.Online,
            PaymentMethod.CreditCard, "USD", grossUsd, grossUsd, 1, 1);

    private static OrderRevenueRow Revenue(long order, DateOnly day, decimal grossUsd, DateTime? cancelledAt = null, DateTime? returnedAt = null) =>
        new(day, RealtimeShard.Of(order), order, 7001, 12, SalesChannel.Online, PaymentMethod.PayPal, "USD", 1m, grossUsd, grossUsd, 1,
            cancelledAt, returnedAt);

    private static OrderItemRow Item(long order, int line, int product, int quantity, decimal amountUsd) =>
        new(Day, RealtimeShard.Of(order), product, order, line, quantity, 19.99m, "GBP", amountUsd);
}
