using TechShop.Core.Domain;
using TechShop.Core.Realtime;
using TechShop.Core.Streaming;

namespace TechShop.Core.Tests.Streaming;

public sealed class StreamBatchProcessorTransientTests
{
    private static bool IsOrder(object row, long orderNumber) => row switch
    {
        OrderEventRow e => e.OrderNumber == orderNumber,
        OrderRevenueRow r => r.OrderNumber == orderNumber,
        OrderItemRow i => i.OrderNumber == orderNumber,
        _ => false,
    };

    [Fact]
    public async Task ProcessAsync_WhenAStoreFailureOutlastsTheRetries_ShouldReportTheFirstFailedOffsetOfEachAffectedPartition()
    {
        var h = new ProcessorHarness(maxAttempts: 3);
        h.Batch.Order(TestOrders.Order(32, currency: "USD"), partition: 0);          // p0 @100, shard 0
        h.Batch.Order(TestOrders.Order(1, currency: "USD"), partition: 0);           // p0 @101, shard 1: fails
        h.Batch.Order(TestOrders.Order(2, currency: "USD"), partition: 0);           // p0 @102, after the failure
        h.Batch.Add(Topics.Orders, 0, [0x00]);                                         // p0 @103, bad but after the failure
        h.Batch.Order(TestOrders.Order(34, currency: "USD"), partition: 1);          // p1 @100, shard 2
        h.Batch.Order(TestOrders.Order(33, currency: "USD"), partition: 1);          // p1 @101, shard 1: fails
        h.Batch.Order(TestOrders.Order(3, currency: "USD"), partition: 2);           // p2 @100, untouched
        h.Store.FailWhen = row => IsOrder(row, 1) || IsOrder(row, 33);

        var outcome = await h.RunAsync();

        Assert.Equal(
            [new PartitionFailure(Topics.Orders, 0, 101), new PartitionFailure(Topics.Orders, 1, 101)],
            outcome.Failures);
        Assert.Equal(["orders-0", "orders-1"], outcome.Failures.Select(f => f.ItemPartition));
        Assert.Equal((7, 3, 0, 4), (outcome.RecordsIn, outcome.Written, outcome.DeadLettered, outcome.LeftForRetry));
        Assert.True(outcome.IsReconciled);
        Assert.Empty(h.Lake.Objects);
        Assert.Equal(3 * 1089.48m, outcome.RevenueConvertedUsd);
    }

    [Fact]
    public async Task ProcessAsync_WhenAStoreFailurePasses_ShouldRetryWithJitteredExponentialBackoffAndWriteEverything()
    {
        var h = new ProcessorHarness(maxAttempts: 5);
        h.Batch.Order(TestOrders.Order(1, currency: "USD"));
        h.Store.FailWhen = row => row is OrderEventRow;
        h.Store.FailuresLeft = 3;

        var outcome = await h.RunAsync();

        Assert.Equal(1, outcome.Written);
        Assert.Empty(outcome.Failures);
        // Jitter 0.5 of ceilings 20, 40, 80 ms.
        Assert.Equal([TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(40)], h.Delays);
        Assert.Equal(1, (await h.Store.GetCountsAsync()).OrderEvents);
    }

    [Fact]
    public async Task ProcessAsync_WhenTheRateTableWriteFails_ShouldFailTheRatePartitionButStillEnrichWithTheRate()
    {
        var h = new ProcessorHarness();
        h.Batch.Rate(TestOrders.Rate("EUR", 1.0865m));
        h.Batch.Order(TestOrders.Order(1001));
        h.Store.FailWhen = row => row is ExchangeRate;

        var outcome = await h.RunAsync();

        Assert.Equal([new PartitionFailure(Topics.FxRates, 0, 100)], outcome.Failures);
        Assert.Equal((1, 1), (outcome.OrdersWritten, outcome.LeftForRetry));
        Assert.Equal(1183.72m, outcome.RevenueConvertedUsd);
    }

    [Fact]
    public async Task ProcessAsync_WhenTheSchemaRegistryCannotBeReached_ShouldLeaveTheRecordAndTheRestOfItsPartitionForRetry()
    {
        var h = new ProcessorHarness();
        h.Batch.Order(TestOrders.Order(1, currency: "USD"));
        h.Batch.Add(Topics.Orders, 0, h.Decoder.Unreachable());
        h.Batch.Order(TestOrders.Order(2, currency: "USD"));
        h.Batch.Order(TestOrders.Order(3, currency: "USD"), partition: 1);

        var outcome = await h.RunAsync();

        Assert.Equal([new PartitionFailure(Topics.Orders, 0, 101)], outcome.Failures);
        Assert.Equal((4, 2, 0, 2), (outcome.RecordsIn, outcome.Written, outcome.DeadLettered, outcome.LeftForRetry));
        Assert.Equal(2, (await h.Store.GetCountsAsync()).Orders);
    }

    [Fact]
    public async Task ProcessAsync_WhenTheDeadLetterCannotBeStored_ShouldFailItsPartitionFromThatRecord()
    {
        var h = new ProcessorHarness(maxAttempts: 2);
        h.Batch.Order(TestOrders.Order(1, currency: "USD"));
        h.Batch.Add(Topics.Orders, 0, [0x00]);
        h.Batch.Add(Topics.Orders, 0, [0x01]);
        h.Lake.FailNextPuts = 2;

        var outcome = await h.RunAsync();

        Assert.Equal([new PartitionFailure(Topics.Orders, 0, 101)], outcome.Failures);
        Assert.Equal((3, 1, 0, 2), (outcome.RecordsIn, outcome.Written, outcome.DeadLettered, outcome.LeftForRetry));
        Assert.Empty(h.Lake.Objects);
    }

    [Fact]
    public async Task ProcessAsync_WhenAStoredRateCannotBeRead_ShouldLeaveTheOrdersNeedingItForRetryRatherThanDeadLetterThem()
    {
        var h = new ProcessorHarness();
        h.Batch.Order(TestOrders.Order(1, currency: "USD"));
        h.Batch.Order(TestOrders.Order(2, currency: "CAD"));
        h.Batch.Order(TestOrders.Order(3, currency: "USD"));
        h.Store.FailRateReads = true;

        var outcome = await h.RunAsync();

        Assert.Equal([new PartitionFailure(Topics.Orders, 0, 101)], outcome.Failures);
        Assert.Equal((1, 0, 2), (outcome.Written, outcome.DeadLettered, outcome.LeftForRetry));
        Assert.Equal(3, h.Store.RateReads);
    }
}
