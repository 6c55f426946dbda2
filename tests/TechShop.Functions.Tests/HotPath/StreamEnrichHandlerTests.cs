using System.Text.Json;
using TechShop.Avro.Events;
using TechShop.Avro.Streaming;
using TechShop.Core.Lake;
using TechShop.Core.Realtime;
using TechShop.Core.Streaming;
using TechShop.Functions.HotPath;
using TechShop.Local.Invoke;
using TechShop.Local.Lake;
using TechShop.Local.Realtime;

namespace TechShop.Functions.Tests.HotPath;

public sealed class StreamEnrichHandlerTests : IDisposable
{
    private static readonly StreamBatchOptions QuickRetries = new()
    {
        Retry = new RetryOptions { MaxAttempts = 3, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(2) },
    };

    private readonly TemporaryDataDirectory _data = new();
    private readonly InMemoryRealtimeStore _store = new();
    private readonly FolderLake _lake;

    public StreamEnrichHandlerTests()
    {
        _lake = new FolderLake(Path.Combine(_data.Path, "lake"), LocalHotPathHandlers.LakeBucket);
    }

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Invoke_WithEveryBadKind_ShouldWriteTheGoodRecordsDeadLetterTheRestAndReconcile()
    {
        var batch = await HotPathBatch.StandardAsync(_data.Path);

        var invocation = await HotPathInvocation.RunAsync(Handler(batch, _store), batch.Json());

        Assert.True(invocation.Result.Succeeded, invocation.ResponseJson);
        Assert.Equal("""{"batchItemFailures":[]}""", invocation.ResponseJson);
        Assert.Equal(new RealtimeCounts(OrderEvents: 1, Orders: 1, OrderItems: 2, OrderAlerts: 0, ProcessingLag: 1, Customers: 1, ExchangeRates: 1),
            await _store.GetCountsAsync());
        var revenue = Assert.Single(await _store.GetRevenueByOrderDateAsync(HotPathBatch.OrderDate, HotPathBatch.OrderDate));
        Assert.Equal(HotPathBatch.GoodOrderGrossUsd, revenue.GrossUsd);

        // Nothing lost: 9 records in = 3 written + 6 dead-lettered, one per bad kind.
        Assert.Equal(9, invocation.Metric("RecordsIn"));
        Assert.Equal(3, invocation.Metric("RecordsWritten"));
        foreach (var kind in batch.Bad.Keys)
        {
            Assert.Equal(1, invocation.Metric("DeadLettered", DeadLetterReason.Of(kind)));
        }

        var summary = invocation.LogLines.Single(l => l.TryGetProperty("message", out var m) && m.GetString()!.StartsWith("stream batch processed", StringComparison.Ordinal));
        Assert.Contains("records_in=9 written=3 dead_lettered=6 left_for_retry=0 reconciled=true", summary.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_WithEveryBadKind_ShouldStoreEachDeadLetterWithItsOriginalBytesAndReason()
    {
        var batch = await HotPathBatch.StandardAsync(_data.Path);

        await HotPathInvocation.RunAsync(Handler(batch, _store), batch.Json());

        var keys = new List<string>();
        await foreach (var info in _lake.ListAsync(LakeKey.DeadLetterPrefix))
        {
            keys.Add(info.Key);
        }

        Assert.Equal(6, keys.Count);
        foreach (var (kind, (topic, offset, value)) in batch.Bad)
        {
            var key = LakeKey.DeadLetter(topic, HotPathBatch.OrderDate, 0, offset);
            var letter = JsonDocument.Parse((await _lake.GetAsync(key))!.Content).RootElement;
            Assert.Equal(kind.ToString(), letter.GetProperty("reason").GetString());
            Assert.Equal(value, letter.GetProperty("value").GetBytesFromBase64());
            Assert.Equal(offset, letter.GetProperty("offset").GetInt64());
            Assert.Equal(kind.ToString(), System.Text.Encoding.UTF8.GetString(letter.GetProperty("key").GetBytesFromBase64()));
        }
    }

    [Fact]
    public async Task Invoke_WhenTheSameEventArrivesTwice_ShouldLeaveTheSameRows()
    {
        var batch = await HotPathBatch.StandardAsync(_data.Path);
        var handler = Handler(batch, _store);
        await HotPathInvocation.RunAsync(handler, batch.Json());
        var countsOnce = await _store.GetCountsAsync();
        var eventsOnce = await _store.GetRecentOrderEventsAsync(DateTime.MinValue, DateTime.MaxValue, 100);
        var revenueOnce = await _store.GetRevenueByOrderDateAsync(HotPathBatch.OrderDate, HotPathBatch.OrderDate);

        await HotPathInvocation.RunAsync(Handler(batch, _store), batch.Json());

        Assert.Equal(countsOnce, await _store.GetCountsAsync());
        Assert.Equal(eventsOnce, await _store.GetRecentOrderEventsAsync(DateTime.MinValue, DateTime.MaxValue, 100));
        Assert.Equal(revenueOnce, await _store.GetRevenueByOrderDateAsync(HotPathBatch.OrderDate, HotPathBatch.OrderDate));
    }

    [Fact]
    public async Task Invoke_WhenTheStoreFailsTransiently_ShouldReportTheFirstOffsetOfTheOrdersPartition()
    {
        var batch = new HotPathBatch(_data.Path);
        await batch.AddAsync(Topics.FxRates, "EUR:2025-03-01", new Core.Domain.ExchangeRate(HotPathBatch.OrderDate, "EUR", 1.08m));
        await batch.AddAsync(Topics.Customers, "42", HotPathBatch.Customer());
        await batch.AddAsync(Topics.Orders, "2001", HotPathBatch.Order(2001), partition: 3);
        await batch.AddAsync(Topics.Orders, "2002", HotPathBatch.Order(2002), partition: 3);
        var failing = new FailingRealtimeStore(_store);

        var invocation = await HotPathInvocation.RunAsync(Handler(batch, failing), batch.Json());

        Assert.Equal("""{"batchItemFailures":[{"itemIdentifier":{"partition":"orders-3","offset":100}}]}""", invocation.ResponseJson);
        // The item writes were retried up to the configured attempts before the partition was given back. Writes run
        // concurrently and the ones still in flight stop once the partition is blocked, so only the lower bound is fixed.
        Assert.True(failing.ItemWriteAttempts >= QuickRetries.Retry.MaxAttempts,
            $"expected at least {QuickRetries.Retry.MaxAttempts} item write attempts, saw {failing.ItemWriteAttempts}");
        Assert.Equal(1, (await _store.GetCountsAsync()).Customers);
        Assert.Equal(1, (await _store.GetCountsAsync()).ExchangeRates);
        Assert.Equal(4, invocation.Metric("RecordsIn"));
        Assert.Equal(2, invocation.Metric("RecordsWritten"));
        Assert.Contains(invocation.LogLines, l => l.GetProperty("message").GetString()!.Contains(
            "records_in=4 written=2 dead_lettered=0 left_for_retry=2 reconciled=true", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Invoke_WhenAnOrderWasWrittenWithTheV1Schema_ShouldDecodeItThroughTheFallbackAndWriteIt()
    {
        var batch = new HotPathBatch(_data.Path);
        await batch.AddAsync(Topics.FxRates, "EUR:2025-03-01", new Core.Domain.ExchangeRate(HotPathBatch.OrderDate, "EUR", 1.08m));
        var v1Id = await batch.Registry.RegisterSchemaAsync("orders-value", Avro.Schemas.EventSchemas.Json(Avro.Schemas.EventSchemas.OrderEventV1));
        batch.Add(Topics.Orders, 0, "3001"u8.ToArray(), V1Order.Frame(v1Id, HotPathBatch.Order(3001)));

        var invocation = await HotPathInvocation.RunAsync(Handler(batch, _store), batch.Json());

        Assert.Equal("""{"batchItemFailures":[]}""", invocation.ResponseJson);
        var revenue = Assert.Single(await _store.GetRevenueByOrderDateAsync(HotPathBatch.OrderDate, HotPathBatch.OrderDate));
        Assert.Equal(HotPathBatch.GoodOrderGrossUsd, revenue.GrossUsd);
        Assert.Equal(3001, Assert.Single(await _store.GetRecentOrderEventsAsync(DateTime.MinValue, DateTime.MaxValue, 10)).OrderNumber);
    }

    [Fact]
    public async Task LocalHandler_WithEveryBadKind_ShouldWriteTheRowsToRealtimeDbAndTheDeadLettersToTheFolderLake()
    {
        var batch = await HotPathBatch.StandardAsync(_data.Path);

        var invocation = await HotPathInvocation.RunAsync(LocalHotPathHandlers.CreateStreamEnrich(_data.Path), batch.Json());

        Assert.Equal("""{"batchItemFailures":[]}""", invocation.ResponseJson);
        using var sqlite = await SqliteRealtimeStore.OpenAsync(_data.Path);
        Assert.Equal(new RealtimeCounts(1, 1, 2, 0, 1, 1, 1), await sqlite.GetCountsAsync());
        Assert.Equal(HotPathBatch.GoodOrderGrossUsd,
            Assert.Single(await sqlite.GetRevenueByOrderDateAsync(HotPathBatch.OrderDate, HotPathBatch.OrderDate)).GrossUsd);
        Assert.True(File.Exists(_lake.PathOf(LakeKey.DeadLetter(Topics.Orders, HotPathBatch.OrderDate, 0, batch.Bad[BadRecordKind.MissingExchangeRate].Offset))));
    }

    private StreamEnrichHandler Handler(HotPathBatch batch, IRealtimeStore store) => new(
        new AvroStreamRecordDecoder(new EventDecoder(batch.Registry)), store, new LakeDeadLetterSink(_lake), options: QuickRetries);
}
