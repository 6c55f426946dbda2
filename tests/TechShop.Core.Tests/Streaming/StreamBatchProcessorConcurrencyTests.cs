using TechShop.Core.Realtime;
using TechShop.Core.Streaming;

namespace TechShop.Core.Tests.Streaming;

/// <summary>Store calls that complete asynchronously (a networked store) run up to the configured concurrency, no more.</summary>
public sealed class StreamBatchProcessorConcurrencyTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task ProcessAsync_WhenUpsertsAreAsynchronous_ShouldKeepAtMostMaxConcurrentWritesInFlightAndWriteEverything(int concurrency)
    {
        var h = new ProcessorHarness(options: new StreamBatchOptions { MaxConcurrentWrites = concurrency, MaxRowsPerWrite = 1 });
        for (var order = 1; order <= 12; order++)
        {
            h.Batch.Order(TestOrders.Order(order, currency: "USD"), partition: order % 3);
        }

        h.Store.Latency = TimeSpan.FromMilliseconds(2);

        var outcome = await h.RunAsync();

        Assert.Equal(concurrency, h.Store.MaxInFlight);
        Assert.Equal((12, 12, 0), (outcome.RecordsIn, outcome.Written, outcome.LeftForRetry));
        var counts = await h.Store.GetCountsAsync();
        Assert.Equal((12L, 12L), (counts.OrderEvents, counts.Orders));
    }

    [Fact]
    public async Task ProcessAsync_WhenAnAsynchronousUpsertFailsTransiently_ShouldFailOnlyItsRecordsPartition()
    {
        var h = new ProcessorHarness(maxAttempts: 2, options: new StreamBatchOptions { MaxConcurrentWrites = 4, MaxRowsPerWrite = 1 });
        h.Batch.Order(TestOrders.Order(1, currency: "USD"), partition: 0);
        h.Batch.Order(TestOrders.Order(2, currency: "USD"), partition: 1);
        h.Batch.Order(TestOrders.Order(3, currency: "USD"), partition: 1);
        h.Store.Latency = TimeSpan.FromMilliseconds(1);
        h.Store.FailWhen = row => row is OrderEventRow { OrderNumber: 2 };

        var outcome = await h.RunAsync();

        Assert.Equal([new PartitionFailure(Topics.Orders, 1, 100)], outcome.Failures);
        Assert.Equal((3, 1, 2), (outcome.RecordsIn, outcome.Written, outcome.LeftForRetry));
    }

    [Fact]
    public async Task ProcessAsync_WhenAnUpsertFailsWithANonTransientError_ShouldThrowItAfterTheCallsInFlightEnd()
    {
        var h = new ProcessorHarness(options: new StreamBatchOptions { MaxConcurrentWrites = 4, MaxRowsPerWrite = 1 });
        for (var order = 1; order <= 6; order++)
        {
            h.Batch.Order(TestOrders.Order(order, currency: "USD"));
        }

        h.Store.Latency = TimeSpan.FromMilliseconds(2);
        h.Store.FailWhen = row => row is OrderEventRow { OrderNumber: 3 };
        h.Store.FailWith = () => new InvalidOperationException("schema mismatch");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(h.RunAsync);

        Assert.Equal("schema mismatch", error.Message);
        Assert.Equal(0, h.Store.InFlight);
    }
}
