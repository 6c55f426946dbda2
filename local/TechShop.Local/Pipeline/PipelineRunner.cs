using System.Diagnostics;
using TechShop.Avro.Events;
using TechShop.Avro.Registry;
using TechShop.Core.Streaming;
using TechShop.Lambda.Hosting;
using TechShop.Local.Generator;
using TechShop.Local.Invoke;
using TechShop.Local.Kafka;
using TechShop.Local.Lake;
using TechShop.Local.Realtime;
using TechShop.Local.Registry;
using TechShop.Local.Streaming;
using TechShop.Local.Warehouse;

namespace TechShop.Local.Pipeline;

/// <summary>
/// <c>techshop run</c>: the whole platform on embedded stand-ins under one data directory. The cold path lands the
/// daily extracts and builds the warehouse on the local clock; the hot path streams the last days through the mock
/// Kafka cluster to stream-enrich and stream-archive; then the stores are read back to prove nothing was lost.
/// </summary>
public sealed class PipelineRunner
{
    /// <summary>The handlers a run invokes, as registered in <see cref="LocalHandlerCatalog"/>.</summary>
    public static IReadOnlyList<string> RequiredHandlers { get; } =
    [
        HotPathStage.EnrichFunction, HotPathStage.ArchiveFunction,
        ColdPathStage.BronzeLoadFunction, ColdPathStage.SilverBuildFunction, ColdPathStage.GoldBuildFunction,
    ];

    private readonly PipelineOptions _options;
    private readonly IPipelineProgress _progress;
    private readonly Func<string, LambdaHandlerCatalog> _catalogFactory;
    private readonly Stream _logOutput;
    private readonly Func<string, CancellationToken, Task<IAsyncDisposable>>? _onPrepared;

    /// <param name="options">The run's settings.</param>
    /// <param name="progress">Where stages are reported.</param>
    /// <param name="catalogFactory">The handlers by data directory; default <see cref="LocalHandlerCatalog.Create(string, Stream?)"/> with the run's log output.</param>
    /// <param name="logOutput">The handlers' JSON logs and EMF metrics; default discarded.</param>
    /// <param name="onPrepared">
    /// Called once the data directory is prepared (after <c>--fresh</c> cleared it) and before any stage runs, with the
    /// directory's full path; what it returns lives until the run ends (e.g. the dashboard server of <c>run --dashboard</c>).
    /// </param>
    public PipelineRunner(
        PipelineOptions options,
        IPipelineProgress progress,
        Func<string, LambdaHandlerCatalog>? catalogFactory = null,
        Stream? logOutput = null,
        Func<string, CancellationToken, Task<IAsyncDisposable>>? onPrepared = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(progress);
        options.Validate();
        _options = options;
        _progress = progress;
        _logOutput = logOutput ?? Stream.Null;
        _onPrepared = onPrepared;
        _catalogFactory = catalogFactory ?? (directory => LocalHandlerCatalog.Create(directory, _logOutput));
    }

    /// <summary>Runs every stage and returns the summary; throws <see cref="PipelineStageException"/> when a stage cannot finish.</summary>
    public async Task<PipelineSummary> RunAsync(CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        var dataDirectory = Path.GetFullPath(_options.DataDirectory);
        var runStarted = DateTime.UtcNow.AddSeconds(-1);
        RunState.Prepare(dataDirectory, _options);
        await using var companion = _onPrepared is null ? null : await _onPrepared(dataDirectory, cancellationToken);

        await using var registry = await EmbeddedSchemaRegistry.StartAsync(
            new EmbeddedSchemaRegistryOptions { DataDirectory = Path.Combine(dataDirectory, "registry") }, cancellationToken);
        // The handlers read their configuration from the environment, as on Lambda (docs/CONTRACTS.md "Functions").
        Environment.SetEnvironmentVariable("TECHSHOP_SCHEMA_REGISTRY_URL", registry.Url.ToString());
        Environment.SetEnvironmentVariable("TECHSHOP_LAKE_BUCKET", _options.Bucket);
        var catalog = _catalogFactory(dataDirectory);
        var missing = RequiredHandlers.Where(h => !catalog.Contains(h)).ToList();
        if (missing.Count > 0)
        {
            throw new PipelineStageException("handlers",
                $"the local handler catalogue lacks {string.Join(", ", missing)}; a run needs {string.Join(", ", RequiredHandlers)} (registered: {string.Join(", ", catalog.Names)})");
        }

        var invoker = new LocalInvoker(WarmHandlers.Environment(catalog), _logOutput);
        var notifications = new LakeNotificationQueue();
        var lake = new FolderLake(Path.Combine(dataDirectory, "lake"), _options.Bucket, notifications);

        var dataset = Generate();
        var stream = EventStream.Build(dataset, new EventStreamOptions
        {
            From = _options.StreamFrom,
            To = _options.To,
            BadRate = _options.BadRate,
            LateRate = _options.LateRate,
        });

        var cold = new ColdPathStage(_options, _progress, invoker, lake, notifications);
        var coldWatch = Stopwatch.StartNew();
        var extracts = DailyExtracts.Build(dataset);
        for (var stepStart = _options.From; stepStart < _options.StreamFrom; stepStart = stepStart.AddDays(_options.ColdStepDays))
        {
            var stepEnd = Min(stepStart.AddDays(_options.ColdStepDays - 1), _options.StreamFrom.AddDays(-1));
            await cold.LandAndLoadAsync($"extracts {stepStart:yyyy-MM-dd}..{stepEnd:yyyy-MM-dd}",
                extracts.Where(f => f.Day >= stepStart && f.Day <= stepEnd).ToList(), stepEnd, cancellationToken);
        }

        // The streamed days' operational export lands too, so gold sees the same orders the stream carried.
        await cold.LandAndLoadAsync($"extracts {_options.StreamFrom:yyyy-MM-dd}..{_options.To:yyyy-MM-dd}",
            extracts.Where(f => f.Day >= _options.StreamFrom).ToList(), _options.To, cancellationToken);
        var coldSeconds = coldWatch.Elapsed.TotalSeconds;

        HotPathResult hot;
        using (var cluster = EmbeddedKafkaCluster.Start(3, StreamTopics.Specs))
        using (var http = new HttpClient())
        {
            var encoder = new StreamRecordEncoder(new EventEncoder(new SchemaRegistryClient(http, new SchemaRegistryClientOptions { Url = registry.Url })));
            hot = await new HotPathStage(_options, _progress, () => new LocalInvoker(WarmHandlers.Environment(catalog), _logOutput)).RunAsync(cluster, encoder, stream, cancellationToken);
        }

        coldWatch.Restart();
        await cold.LoadArchiveAsync(cancellationToken);
        await cold.FinalBuildAsync(cancellationToken);
        coldSeconds += coldWatch.Elapsed.TotalSeconds;

        _progress.Start("reconcile", 0);
        var summary = await SummarizeAsync(dataDirectory, lake, stream, hot, cold, coldSeconds, runStarted, watch, cancellationToken);
        _progress.Finish("reconcile", summary.Passed ? "passed" : "FAILED");
        return summary;
    }

    private TechShopDataset Generate()
    {
        _progress.Start("generate dataset", 0);
        var dataset = TechShopGenerator.Create(new GeneratorOptions { Seed = _options.Seed, Scale = _options.Scale, From = _options.From, To = _options.To });
        _progress.Finish("generate dataset", $"{dataset.Orders.Count:N0} orders, {_options.From:yyyy-MM-dd}..{_options.To:yyyy-MM-dd}");
        return dataset;
    }

    private async Task<PipelineSummary> SummarizeAsync(
        string dataDirectory, FolderLake lake, IReadOnlyList<StreamEvent> stream, HotPathResult hot, ColdPathStage cold, double coldSeconds,
        DateTime runStarted, Stopwatch watch, CancellationToken cancellationToken)
    {
        var reader = new SummaryReader(dataDirectory, lake);
        var topics = new List<TopicReconciliation>();
        var deadLettered = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var topic in Topics.All)
        {
            var byReason = await reader.ReadDeadLettersAsync(topic, runStarted, cancellationToken);
            foreach (var (reason, count) in byReason)
            {
                deadLettered[reason] = deadLettered.GetValueOrDefault(reason) + count;
            }

            var dead = byReason.Values.Sum();
            var enriched = hot.Acknowledged.GetValueOrDefault((HotPathStage.EnrichFunction, topic));
            topics.Add(new TopicReconciliation(topic, hot.Produced.DeliveredByTopic.GetValueOrDefault(topic), enriched,
                hot.Acknowledged.GetValueOrDefault((HotPathStage.ArchiveFunction, topic)), enriched - dead, dead,
                await reader.CountArchivedAsync(topic, runStarted, cancellationToken), byReason));
        }

        var expected = BadRecordPlan.ExpectedCounts(EventStream.CountOrderEvents(stream), _options.BadRate)
            .ToDictionary(e => e.Key.ToString(), e => (long)e.Value, StringComparer.Ordinal);

        await using var warehouse = new DuckDbWarehouse(new DuckDbWarehouseOptions
        {
            DatabasePath = Path.Combine(dataDirectory, "warehouse.duckdb"),
            ResolveLakePath = (bucket, key) => Path.Combine(dataDirectory, "lake", bucket, key),
        });
        using var realtime = await SqliteRealtimeStore.OpenAsync(dataDirectory, cancellationToken: cancellationToken);
        var layers = await SummaryReader.ReadLayersAsync(warehouse, realtime, cancellationToken);
        var revenue = await WarehouseFigures.CompareRevenueAsync(realtime, warehouse, _options.StreamFrom, _options.To, _options.BadRate == 0, cancellationToken);
        var quality = await WarehouseFigures.ReadQualityAsync(warehouse, cold.LastGoldStatus, cancellationToken);

        var lags = hot.EnrichLagsMs.AsSpan().ToArray();
        var lag = LagSummary.Of(lags);
        var events = hot.Produced.Delivered;
        return new PipelineSummary(dataDirectory, _options.From, _options.To, _options.StreamFrom, _options.Scale, _options.Seed, _options.BadRate,
            Math.Round(watch.Elapsed.TotalSeconds, 1), layers, topics, new BadRecordCheck(expected, deadLettered), revenue, quality,
            new StreamFigures(events, Math.Round(hot.Seconds, 2), hot.Seconds > 0 ? Math.Round(events / hot.Seconds) : 0,
                lag.Samples, lag.P50Ms, lag.P99Ms, lag.MaxMs, hot.EnrichInvocations),
            new ColdPathFigures(cold.ExtractFiles, cold.ArchiveObjects, cold.BronzeInvocations, cold.BronzeFailures, cold.ArchiveLoadFailures, cold.FirstLoadError, cold.SilverRuns, cold.GoldRuns,
                Math.Round(coldSeconds, 1)));
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
