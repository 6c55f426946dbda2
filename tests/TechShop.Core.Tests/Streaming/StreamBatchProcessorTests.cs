using TechShop.Core.Domain;
using TechShop.Core.Realtime;
using TechShop.Core.Streaming;

namespace TechShop.Core.Tests.Streaming;

public sealed class StreamBatchProcessorTests
{
    private static ProcessorHarness MixedBatch()
    {
        var h = new ProcessorHarness();
        h.Batch.Order(TestOrders.Order(1001));                                  // EUR, needs the rate further down the batch
        h.Batch.Order(TestOrders.Order(1002, currency: "USD", payment: PaymentMethod.PayPal), partition: 1);
        h.Batch.Order(TestOrders.Order(1003, OrderStatus.Cancelled, currency: "GBP"));
        h.Batch.Customer(TestOrders.Customer(7001));
        h.Batch.Rate(TestOrders.Rate("EUR", 1.0865m));
        h.Batch.Rate(TestOrders.Rate("GBP", 1.2710m));
        return h;
    }

    [Fact]
    public async Task ProcessAsync_WhenRatesComeLaterInTheBatch_ShouldApplyThemFirstAndWriteEveryRecord()
    {
        var h = MixedBatch();

        var outcome = await h.RunAsync();

        Assert.Equal(6, outcome.RecordsIn);
        Assert.Equal(6, outcome.Written);
        Assert.Equal(0, outcome.DeadLettered);
        Assert.Equal(0, outcome.LeftForRetry);
        Assert.True(outcome.IsReconciled);
        Assert.Empty(outcome.Failures);
        Assert.Equal((3, 1, 2), (outcome.OrdersWritten, outcome.CustomersWritten, outcome.ExchangeRatesWritten));
        Assert.Equal(1183.72m + 1089.48m + 1384.72m, outcome.RevenueConvertedUsd);
    }

    [Fact]
    public async Task ProcessAsync_ShouldWriteRevenueAndAtRiskPerOrderDateToTheCent()
    {
        var h = MixedBatch();

        await h.RunAsync();

        var day = Assert.Single(await h.Store.GetRevenueByOrderDateAsync(TestOrders.Day, TestOrders.Day));
        Assert.Equal(new DailyRevenue(TestOrders.Day, 3, 3657.92m, 1, 1384.72m, 0, 0m), day);
        Assert.Equal(2273.20m, day.NetUsd);
        Assert.Equal(new RealtimeCounts(3, 3, 6, 1, 2, 1, 2), await h.Store.GetCountsAsync());
        Assert.Equal(TestOrders.Customer(7001), await h.Store.GetCustomerAsync(7001));
        Assert.Equal(TestOrders.Rate("GBP", 1.2710m), await h.Store.GetExchangeRateAsync("GBP", TestOrders.Day));
    }

    [Fact]
    public async Task ProcessAsync_WhenTheSameBatchIsDeliveredTwice_ShouldLeaveTheSameRows()
    {
        var h = MixedBatch();
        h.Batch.Add(Topics.Orders, 0, [0x00, 0x00]);
        await h.RunAsync();
        var counts = await h.Store.GetCountsAsync();
        var revenue = await h.Store.GetRevenueByOrderDateAsync(TestOrders.Day, TestOrders.Day);
        var recent = await h.Store.GetRecentOrderEventsAsync(TestOrders.EventTime.AddHours(-1), TestOrders.EventTime.AddHours(1), 10);
        var deadLetters = h.Lake.Objects.ToDictionary(o => o.Key, o => Convert.ToBase64String(o.Value));

        var again = await h.RunAsync();

        Assert.Equal(7, again.Written + again.DeadLettered);
        Assert.Equal(counts, await h.Store.GetCountsAsync());
        Assert.Equal(revenue, await h.Store.GetRevenueByOrderDateAsync(TestOrders.Day, TestOrders.Day));
        Assert.Equal(recent, await h.Store.GetRecentOrderEventsAsync(TestOrders.EventTime.AddHours(-1), TestOrders.EventTime.AddHours(1), 10));
        Assert.Equal(deadLetters, h.Lake.Objects.ToDictionary(o => o.Key, o => Convert.ToBase64String(o.Value)));
    }

    [Fact]
    public async Task ProcessAsync_WhenACancellationArrivesBeforeThePlacement_ShouldStillCountTheRevenueAtRisk()
    {
        var h = new ProcessorHarness();
        h.Batch.Order(TestOrders.Order(2001, OrderStatus.Cancelled, currency: "USD", eventTime: TestOrders.EventTime.AddMinutes(5)));
        h.Batch.Order(TestOrders.Order(2001, OrderStatus.Placed, currency: "USD"));
        await h.RunAsync();

        // The placement redelivered alone, after the cancellation, must not clear the cancel either.
        h.Batch.Records.RemoveAt(0);
        await h.RunAsync();

        var day = Assert.Single(await h.Store.GetRevenueByOrderDateAsync(TestOrders.Day, TestOrders.Day));
        Assert.Equal(new DailyRevenue(TestOrders.Day, 1, 1089.48m, 1, 1089.48m, 0, 0m), day);
        Assert.Equal(2, (await h.Store.GetCountsAsync()).OrderEvents);
    }

    [Fact]
    public async Task ProcessAsync_AfterAColdStart_ShouldReadMissingRatesFromTheStoreOncePerCurrencyAndDate()
    {
        var h = new ProcessorHarness();
        await h.Store.Inner.UpsertExchangeRatesAsync([TestOrders.Rate("CAD", 0.7312m)]);
        h.Batch.Order(TestOrders.Order(3001, currency: "CAD"));
        h.Batch.Order(TestOrders.Order(3002, currency: "CAD"));

        var outcome = await h.RunAsync();

        Assert.Equal(2, outcome.OrdersWritten);
        Assert.Equal(1, h.Store.RateReads);
        Assert.True(h.Rates.TryGetRate("CAD", TestOrders.Day, out var rate));
        Assert.Equal(0.7312m, rate);
    }

    [Fact]
    public async Task ProcessAsync_ShouldReportLagPercentilesByNearestRank()
    {
        var h = new ProcessorHarness();
        for (var i = 1; i <= 10; i++)
        {
            // Kafka lags 100, 200, ..., 1000 ms; event lags 2500 ms each.
            h.Batch.Timestamp = ProcessorHarness.Now.AddMilliseconds(-100 * i);
            h.Batch.Order(TestOrders.Order(4000 + i, currency: "USD"));
        }

        var outcome = await h.RunAsync();

        Assert.Equal(new LagSummary(10, 500, 1000, 1000), outcome.KafkaLag);
        Assert.Equal(new LagSummary(10, 2500, 2500, 2500), outcome.EventLag);
        var lag = Assert.Single(await h.Store.GetProcessingLagAsync(ProcessorHarness.Now.AddHours(-1), ProcessorHarness.Now));
        Assert.Equal((100L, 109L, 10, 500L, 1000L, 2500L), (lag.FirstOffset, lag.LastOffset, lag.Records, lag.KafkaLagP50Ms, lag.KafkaLagP99Ms, lag.EventLagP50Ms));
        Assert.Equal(ProcessorHarness.Now.AddMilliseconds(-100), lag.FirstRecordTime);
    }

    [Fact]
    public async Task ProcessAsync_ShouldGroupRowsSoThatEachStoreCallHoldsOnePartition()
    {
        var h = new ProcessorHarness();
        h.Batch.Order(TestOrders.Order(32, currency: "USD"));    // shard 0
        h.Batch.Order(TestOrders.Order(64, currency: "USD"));    // shard 0
        h.Batch.Order(TestOrders.Order(65, currency: "USD"));    // shard 1

        await h.RunAsync();

        // order_events, order_revenue_by_date and order_items_by_date: 2 partitions each; processing_lag: 1.
        Assert.Equal(7, h.Store.UpsertCalls);
    }
}
