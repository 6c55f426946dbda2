using TechShop.Core.Domain;
using TechShop.Core.Realtime;
using static TechShop.Local.Tests.Realtime.StoreRows;

namespace TechShop.Local.Tests.Realtime;

/// <summary>
/// The realtime store contract, tested once and held by every store: the Keyspaces table keys, idempotent upserts,
/// commuting cancel/return times, CQL millisecond timestamps, exact decimals and the panel reads.
/// </summary>
public abstract class RealtimeStoreContract : IAsyncLifetime
{
    protected IRealtimeStore Store { get; private set; } = null!;

    protected abstract Task<IRealtimeStore> CreateStoreAsync();

    public async Task InitializeAsync() => Store = await CreateStoreAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Upserts_WhenTheSameRowsAreWrittenTwice_ShouldHoldOneRowPerPrimaryKey()
    {
        for (var i = 0; i < 2; i++)
        {
            await Store.UpsertOrderEventsAsync([Event(1, Ten), Event(1, Ten, OrderStatus.Paid), Event(2, Ten)]);
            await Store.UpsertOrderRevenueAsync([Revenue(1, 10m), Revenue(2, 20m)]);
            await Store.UpsertOrderItemsAsync([Item(1, 1, 5, 1, 10m), Item(1, 2, 6, 1, 10m)]);
            await Store.UpsertOrderAlertsAsync([Alert(1, Ten, OrderStatus.Cancelled, 10m)]);
            await Store.UpsertProcessingLagAsync([Lag(Ten, 0, 100)]);
            await Store.UpsertCustomersAsync([Customer(7001, "Lyon")]);
            await Store.UpsertExchangeRatesAsync([new ExchangeRate(Day, "EUR", 1.0865m), new ExchangeRate(Day, "GBP", 1.2710m)]);
        }

        Assert.Equal(new RealtimeCounts(3, 2, 2, 1, 1, 1, 2), await Store.GetCountsAsync());
    }

    [Fact]
    public async Task GetRevenueByOrderDate_ShouldSumGrossAndAtRiskBeforeAndAfterFulfilmentToTheCent()
    {
        await Store.UpsertOrderRevenueAsync(
        [
            Revenue(1, 1183.72m), Revenue(2, 0.01m), Revenue(3, 1384.72m, cancelledAt: Ten), Revenue(4, 250.05m, returnedAt: Ten),
            Revenue(5, 99.99m, Day.AddDays(1)), Revenue(6, 1m, Day.AddDays(3)),
        ]);

        var days = await Store.GetRevenueByOrderDateAsync(Day, Day.AddDays(1));

        Assert.Equal(
            [new DailyRevenue(Day, 4, 2818.50m, 1, 1384.72m, 1, 250.05m), new DailyRevenue(Day.AddDays(1), 1, 99.99m, 0, 0m, 0, 0m)],
            days);
        Assert.Equal(1183.73m, days[0].NetUsd);
    }

    [Fact]
    public async Task UpsertOrderRevenue_WhenALaterWriteHasNoCancelTime_ShouldKeepTheStoredOne()
    {
        var cancelled = Ten.AddMinutes(5);
        var returned = Ten.AddDays(9);
        await Store.UpsertOrderRevenueAsync([Revenue(1, 100m, cancelledAt: cancelled)]);
        await Store.UpsertOrderRevenueAsync([Revenue(1, 100m)]);
        await Store.UpsertOrderRevenueAsync([Revenue(2, 50m, returnedAt: returned)]);
        await Store.UpsertOrderRevenueAsync([Revenue(2, 50m, cancelledAt: cancelled)]);

        var day = Assert.Single(await Store.GetRevenueByOrderDateAsync(Day, Day));

        // Order 2 holds both times; the return (after fulfilment) is what puts it at risk.
        Assert.Equal(new DailyRevenue(Day, 2, 150m, 1, 100m, 1, 50m), day);
    }

    [Fact]
    public async Task GetOrdersPerMinute_ShouldCountPlacementsAndTheirRevenuePerMinuteWithAnExclusiveEnd()
    {
        await Store.UpsertOrderEventsAsync(
        [
            Event(1, Ten.AddSeconds(5), grossUsd: 10.10m), Event(2, Ten.AddSeconds(59.999), grossUsd: 20.20m),
            Event(3, Ten.AddMinutes(1), grossUsd: 30.30m), Event(1, Ten.AddMinutes(1).AddSeconds(2), OrderStatus.Cancelled, 10.10m),
            Event(4, Ten.AddMinutes(2), grossUsd: 99m), Event(5, Ten.AddSeconds(-1), grossUsd: 99m),
        ]);

        var minutes = await Store.GetOrdersPerMinuteAsync(Ten, Ten.AddMinutes(2));

        Assert.Equal([new MinuteVolume(Ten, 2, 30.30m, 0, 0), new MinuteVolume(Ten.AddMinutes(1), 1, 30.30m, 1, 0)], minutes);
    }

    [Fact]
    public async Task GetRecentOrderEvents_ShouldReturnTheNewestFirstUpToTheLimitAcrossHours()
    {
        var rows = Enumerable.Range(0, 5).Select(i => Event(100 + i, Ten.AddMinutes(50 + (i * 5)))).ToArray();
        await Store.UpsertOrderEventsAsync(rows);

        var recent = await Store.GetRecentOrderEventsAsync(Ten, Ten.AddHours(2), 3);

        Assert.Equal([rows[4], rows[3], rows[2]], recent);
    }

    [Fact]
    public async Task Timestamps_ShouldBeKeptToTheMillisecondLikeACqlTimestamp()
    {
        var time = Ten.AddTicks(12_345_678); // 1.2345678 s
        await Store.UpsertOrderEventsAsync([Event(1, time)]);
        await Store.UpsertOrderEventsAsync([Event(1, time.AddTicks(1))]);

        var row = Assert.Single(await Store.GetRecentOrderEventsAsync(Ten, Ten.AddHours(1), 10));

        Assert.Equal(Ten.AddMilliseconds(1234), row.EventTime);
        Assert.Equal(DateTimeKind.Utc, row.EventTime.Kind);
    }

    [Fact]
    public async Task GetTopProducts_ShouldRankProductsByRevenueThenKeyWithExactSums()
    {
        await Store.UpsertOrderItemsAsync(
        [
            Item(1, 1, 176, 1, 1140.28m), Item(1, 2, 2115, 2, 43.44m), Item(2, 1, 2115, 3, 65.17m), Item(3, 1, 9, 1, 108.60m),
            Item(4, 1, 8, 1, 108.61m), Item(5, 1, 7, 1, 0.01m),
        ]);

        var top = await Store.GetTopProductsAsync(Day, 3);

        // 8 and 2115 tie on revenue: the lower product key ranks first.
        Assert.Equal([new ProductSales(176, 1, 1140.28m, 1), new ProductSales(8, 1, 108.61m, 1), new ProductSales(2115, 5, 108.61m, 2)], top);
    }

    [Fact]
    public async Task GetPaymentMix_ShouldCountPlacedOrdersPerMethodMostFirst()
    {
        await Store.UpsertOrderEventsAsync(
        [
            Event(1, Ten, payment: PaymentMethod.PayPal, grossUsd: 10m), Event(2, Ten.AddMinutes(1), payment: PaymentMethod.PayPal, grossUsd: 5.5m),
            Event(3, Ten.AddMinutes(2), payment: PaymentMethod.ApplePay, grossUsd: 7m),
            Event(1, Ten.AddMinutes(3), OrderStatus.Shipped, payment: PaymentMethod.PayPal),
        ]);

        var mix = await Store.GetPaymentMixAsync(Ten, Ten.AddHours(1));

        Assert.Equal([new PaymentMix(PaymentMethod.PayPal, 2, 15.5m), new PaymentMix(PaymentMethod.ApplePay, 1, 7m)], mix);
    }

    [Fact]
    public async Task GetOrderAlerts_ShouldReturnTheDaysCancellationsAndReturnsNewestFirst()
    {
        var cancel = Alert(1, Ten, OrderStatus.Cancelled, 1384.72m);
        var ret = Alert(2, Ten.AddMinutes(3), OrderStatus.Returned, 250.05m);
        await Store.UpsertOrderAlertsAsync([cancel, ret, Alert(3, Ten.AddDays(1), OrderStatus.Cancelled, 1m)]);

        Assert.Equal([ret, cancel], await Store.GetOrderAlertsAsync(Day));
    }

    [Fact]
    public async Task GetProcessingLag_ShouldReturnTheRowsOfTheWindowNewestFirst()
    {
        var first = Lag(Ten.AddMinutes(1), 0, 100);
        var second = Lag(Ten.AddMinutes(2), 1, 300);
        await Store.UpsertProcessingLagAsync([first, second, Lag(Ten.AddHours(1), 0, 900)]);

        Assert.Equal([second, first], await Store.GetProcessingLagAsync(Ten, Ten.AddHours(1)));
    }

    [Fact]
    public async Task UpsertCustomers_ShouldKeepTheLatestWriteOfEachCustomer()
    {
        await Store.UpsertCustomersAsync([Customer(7001, "Lyon"), Customer(7002, "Perth")]);
        await Store.UpsertCustomersAsync([Customer(7001, "Paris")]);

        Assert.Equal(Customer(7001, "Paris"), await Store.GetCustomerAsync(7001));
        Assert.Equal(Customer(7002, "Perth"), await Store.GetCustomerAsync(7002));
        Assert.Null(await Store.GetCustomerAsync(7003));
    }

    [Fact]
    public async Task GetExchangeRate_ShouldReturnTheExactRateOfThatCurrencyAndDateOnly()
    {
        await Store.UpsertExchangeRatesAsync([new ExchangeRate(Day, "AUD", 0.65432100m), new ExchangeRate(Day.AddDays(-1), "AUD", 0.66m)]);
        await Store.UpsertExchangeRatesAsync([new ExchangeRate(Day, "AUD", 0.6550m)]);

        Assert.Equal(new ExchangeRate(Day, "AUD", 0.6550m), await Store.GetExchangeRateAsync("AUD", Day));
        Assert.Null(await Store.GetExchangeRateAsync("AUD", Day.AddDays(1)));
        Assert.Null(await Store.GetExchangeRateAsync("EUR", Day));
    }

    private static Customer Customer(int key, string city) =>
        new(key, "Ada Martin", "Female", new DateOnly(1988, 5, 2), city, "State", "France", "Europe", Ten.AddMilliseconds(key));
}
