using System.Buffers.Binary;
using System.Security.Cryptography;
using TechShop.Core.Domain;
using TechShop.Core.Enrichment;
using TechShop.Core.Lake;
using TechShop.Core.Streaming;
using TechShop.Core.Warehouse;
using TechShop.Local.Generator;
using TechShop.Local.Lake;
using TechShop.Local.Realtime;
using TechShop.Local.Warehouse;

namespace TechShop.Local.Tests.Dashboard;

/// <summary>
/// A small run's stores, filled without <c>techshop run</c>: four weeks of generator data streamed through the real
/// batch processor into <c>realtime.db</c>, and the same weeks' extracts loaded into <c>warehouse.duckdb</c> and built
/// to gold. Shared (linked) by the browser test in TechShop.EndToEnd.Tests.
/// </summary>
internal sealed class DashboardData : IAsyncDisposable
{
    public const string Bucket = "techshop-lake";
    public static readonly GeneratorOptions Options = new() { Seed = 11, Scale = 3, From = new DateOnly(2024, 3, 4), To = new DateOnly(2024, 3, 31) };

    private DashboardData(string dataDirectory, TechShopDataset dataset, SqliteRealtimeStore realtime, DuckDbWarehouse warehouse, IReadOnlyList<StreamEvent> events)
    {
        DataDirectory = dataDirectory;
        Dataset = dataset;
        Realtime = realtime;
        Warehouse = warehouse;
        Events = events;
    }

    public string DataDirectory { get; }
    public TechShopDataset Dataset { get; }
    public SqliteRealtimeStore Realtime { get; }
    public DuckDbWarehouse Warehouse { get; }
    public IReadOnlyList<StreamEvent> Events { get; }

    /// <summary>The newest order event time streamed (what the live windows end at).</summary>
    public DateTime LastOrderEventTime => Events.Where(e => e.Topic == Topics.Orders).Max(e => RealtimeTimeOf(e.EventTime));

    public static async Task<DashboardData> CreateAsync(string dataDirectory)
    {
        var dataset = TechShopGenerator.Create(Options);
        var lake = new FolderLake(Path.Combine(dataDirectory, "lake"), Bucket);
        var realtime = await SqliteRealtimeStore.OpenAsync(dataDirectory);
        var events = EventStream.Build(dataset, new EventStreamOptions { LateRate = 0.02, BadRate = 0 });
        await StreamAsync(events, realtime, lake);

        var warehouse = new DuckDbWarehouse(new DuckDbWarehouseOptions
        {
            DatabasePath = Path.Combine(dataDirectory, "warehouse.duckdb"),
            ResolveLakePath = (bucket, key) => Path.Combine(dataDirectory, "lake", bucket, key),
        });
        await new ModelRunner(warehouse).EnsureSchemaAsync();
        foreach (var file in DailyExtracts.Build(dataset))
        {
            var content = file.Content.ToArray();
            await lake.PutAsync(file.Key, new MemoryStream(content, writable: false), "application/x-ndjson");
#pragma warning disable CA5351 // S3's ETag of a single-part object is the MD5 of its bytes: an identifier, not security.
            var etag = Convert.ToHexStringLower(MD5.HashData(content));
#pragma warning restore CA5351
            await warehouse.LoadBronzeAsync(new BronzeObject(Bucket, file.Key, etag, file.Entity, BronzeFormat.JsonLines));
        }

        await new SilverBuild(warehouse).RunAsync();
        await new GoldBuild(warehouse).RunAsync();
        return new DashboardData(dataDirectory, dataset, realtime, warehouse, events);
    }

    public ValueTask DisposeAsync()
    {
        Warehouse.Dispose();
        Realtime.Dispose();
        return ValueTask.CompletedTask;
    }

    // Batches of 250 records as the event source mapping would deliver them: Kafka timestamps 300 ms after the event,
    // processed 1.2 s after the batch's newest record.
    private static async Task StreamAsync(IReadOnlyList<StreamEvent> events, SqliteRealtimeStore store, ILake lake)
    {
        var clock = new SettableClock();
        var decoder = new PayloadDecoder(events);
        var processor = new StreamBatchProcessor(decoder, store, new LakeDeadLetterSink(lake), new FxRateTable(), clock);
        var offsets = new Dictionary<string, long>();
        foreach (var chunk in events.Select((e, i) => (Event: e, Index: i)).Chunk(250))
        {
            var batch = chunk.Select(x =>
            {
                var offset = offsets[x.Event.Topic] = offsets.GetValueOrDefault(x.Event.Topic, -1) + 1;
                var value = new byte[4];
                BinaryPrimitives.WriteInt32BigEndian(value, x.Index);
                return new StreamRecord(x.Event.Topic, 0, offset, RealtimeTimeOf(x.Event.EventTime.AddMilliseconds(300)), null, value);
            }).ToList();
            clock.Now = batch.Max(r => r.Timestamp).AddMilliseconds(1200);
            var outcome = await processor.ProcessAsync(batch);
            if (outcome.Written != batch.Count)
            {
                throw new InvalidOperationException($"The dashboard data's batch wrote {outcome.Written} of {batch.Count} records.");
            }
        }
    }

    private static DateTime RealtimeTimeOf(DateTime time) => new(time.Ticks - (time.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);

    /// <summary>Stands for the Avro decoder: a record's value is its index in the generated stream.</summary>
    private sealed class PayloadDecoder(IReadOnlyList<StreamEvent> events) : IStreamRecordDecoder
    {
        public ValueTask<DecodedRecord> DecodeAsync(string topic, ReadOnlyMemory<byte> value, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(events[BinaryPrimitives.ReadInt32BigEndian(value.Span)].Payload switch
            {
                OrderEvent order => DecodedRecord.Of(order),
                Customer customer => DecodedRecord.Of(customer),
                ExchangeRate rate => DecodedRecord.Of(rate),
                var other => throw new InvalidOperationException($"Unexpected payload {other.GetType().Name}."),
            });
    }

    private sealed class SettableClock : TimeProvider
    {
        public DateTime Now { get; set; }

        public override DateTimeOffset GetUtcNow() => new(Now, TimeSpan.Zero);
    }
}
