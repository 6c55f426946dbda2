using Microsoft.Data.Sqlite;
using TechShop.Core.Domain;
using TechShop.Core.Enrichment;
using TechShop.Core.Lake;
using TechShop.Core.Realtime;
using TechShop.Core.Streaming;
using TechShop.Local.Realtime;

namespace TechShop.Local.Tests.Realtime;

/// <summary>The batch processor writing through the SQLite store: what a local run does.</summary>
public sealed class SqliteStreamBatchTests : IDisposable
{
    private static readonly DateOnly Day = new(2026, 3, 14);
    private static readonly DateTime EventTime = new(2026, 3, 14, 10, 15, 30, DateTimeKind.Utc);

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "techshop-stream-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public async Task ProcessAsync_WhenTheSameBatchIsProcessedTwiceIntoSqlite_ShouldLeaveTheSameRowsAndRevenue()
    {
        using var store = await SqliteRealtimeStore.OpenAsync(_directory);
        var values = new Dictionary<long, DecodedRecord>
        {
            [0] = DecodedRecord.Of(new ExchangeRate(Day, "EUR", 1.0865m)),
            [1] = DecodedRecord.Of(Order(1001, OrderStatus.Placed, EventTime)),
            [2] = DecodedRecord.Of(Order(1002, OrderStatus.Placed, EventTime.AddSeconds(1))),
            [3] = DecodedRecord.Of(Order(1001, OrderStatus.Returned, EventTime.AddDays(3))),
            [4] = DecodedRecord.Fail(BadRecordKind.WrongMagicByte, "Magic byte 0x7B; expected 0x00."),
        };
        var batch = values.Keys.Select(offset => new StreamRecord(
            offset == 0 ? Topics.FxRates : Topics.Orders, 0, offset, EventTime.AddSeconds(2), null, new byte[] { 0, (byte)offset })).ToList();
        var processor = new StreamBatchProcessor(
            new OffsetDecoder(values), store, new LakeDeadLetterSink(new NoLake()), new FxRateTable(), new Clock(EventTime.AddDays(3).AddSeconds(5)));

        var first = await processor.ProcessAsync(batch);
        var counts = await store.GetCountsAsync();
        var second = await processor.ProcessAsync(batch);

        Assert.Equal((5, 4, 1, 0), (first.RecordsIn, first.Written, first.DeadLettered, first.LeftForRetry));
        Assert.Equal((first.Written, first.DeadLettered), (second.Written, second.DeadLettered));
        Assert.Equal(new RealtimeCounts(3, 2, 4, 1, 1, 0, 1), counts);
        Assert.Equal(counts, await store.GetCountsAsync());
        Assert.Equal(
            [new DailyRevenue(Day, 2, 2367.44m, 0, 0m, 1, 1183.72m)],
            await store.GetRevenueByOrderDateAsync(Day, Day));
    }

    private static OrderEvent Order(long number, OrderStatus status, DateTime eventTime) =>
        new(Guid.NewGuid(), status, number, eventTime, Day, null, 7001, 12, SalesChannel.Online, "EUR", PaymentMethod.CreditCard,
            [new OrderLine(1, 2115, 2, 19.99m), new OrderLine(2, 176, 1, 1049.50m)]);

    private sealed class OffsetDecoder(Dictionary<long, DecodedRecord> values) : IStreamRecordDecoder
    {
        public ValueTask<DecodedRecord> DecodeAsync(string topic, ReadOnlyMemory<byte> value, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(values[value.Span[1]]);
    }

    private sealed class Clock(DateTime now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(now, TimeSpan.Zero);
    }

    private sealed class NoLake : ILake
    {
        public string Bucket => "lake";

        public Task<LakeObjectInfo> PutAsync(string key, Stream content, string contentType, CancellationToken cancellationToken = default) =>
            Task.FromResult(new LakeObjectInfo(key, content.Length, "etag"));

        public Task<LakeObject?> GetAsync(string key, CancellationToken cancellationToken = default) => Task.FromResult<LakeObject?>(null);

        public IAsyncEnumerable<LakeObjectInfo> ListAsync(string prefix, CancellationToken cancellationToken = default) =>
            AsyncEnumerable.Empty<LakeObjectInfo>();

        public Task MoveAsync(string sourceKey, string destinationKey, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }
}
