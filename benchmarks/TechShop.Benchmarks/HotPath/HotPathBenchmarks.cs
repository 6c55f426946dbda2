using BenchmarkDotNet.Attributes;
using TechShop.Avro.Streaming;
using TechShop.Core.Enrichment;
using TechShop.Core.Realtime;
using TechShop.Core.Streaming;
using TechShop.Functions.HotPath;
using TechShop.Lambda.Hosting;
using TechShop.Lambda.Logging;
using TechShop.Lambda.Metrics;
using TechShop.Local.Lake;

namespace TechShop.Benchmarks.HotPath;

/// <summary>
/// The hot path per record, side by side: decode + enrich (span codec, warm rate table), and the whole
/// <c>stream-enrich</c> handler over a 10,000-record KafkaEvent JSON (JSON and base64 parsing, decode, enrich, row
/// building, upserts into the in-memory store, metrics). Both report per record (OperationsPerInvoke = records).
/// Peak memory of a batch is measured in a fresh process, under JIT and Native AOT: benchmarks/TechShop.HotPathPeak.
/// Run: dotnet run -c Release --project benchmarks/TechShop.Benchmarks -- --filter '*HotPathBenchmarks*' --job short
/// </summary>
[MemoryDiagnoser]
public class HotPathBenchmarks : IDisposable
{
    public const int Records = 10_000;

    private HotPathWorkload _workload = null!;
    private AvroStreamRecordDecoder _decoder = null!;
    private OrderEnricher _enricher = null!;
    private StreamEnrichHandler _handler = null!;
    private StreamBatchProcessor _processor = null!;
    private List<StreamRecord> _records = [];
    private string _lakeRoot = string.Empty;
    private readonly DateTime _processedAt = DateTime.UtcNow;

    [GlobalSetup]
    public void Setup()
    {
        _workload = new HotPathWorkload(Records);
        _decoder = new AvroStreamRecordDecoder(HotPathWorkload.Decoder());
        _enricher = new OrderEnricher(_workload.RateTable());

        // A warm instance: its rate table filled from the store by a first batch, as after the first invocation.
        var store = new InMemoryRealtimeStore();
        store.UpsertExchangeRatesAsync(_workload.Rates).GetAwaiter().GetResult();
        _lakeRoot = Directory.CreateTempSubdirectory("techshop-bench-").FullName;
        _handler = new StreamEnrichHandler(
            new AvroStreamRecordDecoder(HotPathWorkload.Decoder()), store, new LakeDeadLetterSink(new FolderLake(_lakeRoot, "techshop-lake")));
        WholeHandler();

        _processor = new StreamBatchProcessor(new AvroStreamRecordDecoder(HotPathWorkload.Decoder()), store,
            new LakeDeadLetterSink(new FolderLake(_lakeRoot, "techshop-lake")), _workload.RateTable());
        _records = StreamRecords.From(System.Text.Json.JsonSerializer.Deserialize(
            _workload.EventJson, TechShop.Lambda.Serialization.LambdaJsonContext.Default.KafkaEvent)!);
    }

    [Benchmark(OperationsPerInvoke = Records)]
    public decimal DecodeAndEnrich()
    {
        var total = 0m;
        var timestamp = _processedAt.AddSeconds(-1);
        foreach (var framed in _workload.Framed)
        {
            var pending = _decoder.DecodeAsync(Topics.Orders, framed);
            var decoded = pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
            var result = _enricher.Enrich(decoded.Order!, timestamp, _processedAt);
            total += result.Order!.GrossUsd;
        }

        return total;
    }

    /// <summary>Part of WholeHandler: the KafkaEvent JSON to records (JSON and base64 parsing).</summary>
    [Benchmark(OperationsPerInvoke = Records)]
    public int ParseEvent() =>
        System.Text.Json.JsonSerializer.Deserialize(_workload.EventJson, TechShop.Lambda.Serialization.LambdaJsonContext.Default.KafkaEvent)!.RecordCount;

    /// <summary>Part of WholeHandler: the batch processor over parsed records (decode, enrich, rows, upserts).</summary>
    [Benchmark(OperationsPerInvoke = Records)]
    public int ProcessBatch() => _processor.ProcessAsync(_records).GetAwaiter().GetResult().Written;

    [Benchmark(OperationsPerInvoke = Records)]
    public int WholeHandler()
    {
        var context = Context();
        var response = _handler.HandleAsync(_workload.EventJson, context, CancellationToken.None).GetAwaiter().GetResult();
        context.Metrics.Flush();
        return response.Length;
    }

    public void Dispose()
    {
        if (_lakeRoot.Length > 0)
        {
            Directory.Delete(_lakeRoot, recursive: true);
        }

        GC.SuppressFinalize(this);
    }

    internal static LambdaContext Context() => HotPathWorkload.Context();
}
