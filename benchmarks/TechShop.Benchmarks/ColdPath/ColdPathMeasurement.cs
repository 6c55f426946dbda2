using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using TechShop.Core.Lake;
using TechShop.Core.Warehouse;
using TechShop.Functions.ColdPath;
using TechShop.Lambda.Events.S3;
using TechShop.Lambda.Events.Scheduled;
using TechShop.Lambda.Hosting;
using TechShop.Lambda.Serialization;
using TechShop.Local.Invoke;
using TechShop.Local.Warehouse;

namespace TechShop.Benchmarks.ColdPath;

/// <summary>
/// The cold path measured end to end, once per scale (a build of minutes does not suit BenchmarkDotNet's repeated
/// iterations): generator extracts landed in a folder lake, bronze-load invocations of S3 events carrying up to
/// <c>--batch-size</c> records each (as an S3 → SQS → Lambda mapping delivers them; default 1000), then silver-build and
/// gold-build; then an incremental day. Prints seconds and rows/s; asserts nothing about time.
/// Run: <c>dotnet run -c Release --project benchmarks/TechShop.Benchmarks -- cold-path --scale 1 --scale 10 [--batch-size 1000]</c>.
/// </summary>
public static class ColdPathMeasurement
{
    public const string Command = "cold-path";

    public static async Task<int> RunAsync(string[] args)
    {
        var scales = new List<double>();
        var root = Path.Combine(Path.GetTempPath(), "techshop-cold-path-bench");
        var batchSize = 1000;
        string? lakeDirectory = null;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--scale":
                    scales.Add(double.Parse(args[i + 1], CultureInfo.InvariantCulture));
                    break;
                case "--batch-size":
                    batchSize = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                case "--lake-dir":
                    lakeDirectory = args[i + 1];
                    break;
                case "--work-dir":
                    root = args[i + 1];
                    break;
                default:
                    await Console.Error.WriteLineAsync($"Unknown option '{args[i]}'; expected --scale <n> (repeatable), --batch-size <records per event>, --lake-dir <dir to land once and reuse> and --work-dir <dir>.");
                    return 2;
            }
        }

        foreach (var scale in scales.Count == 0 ? [1.0] : scales)
        {
            var name = "scale-" + scale.ToString(CultureInfo.InvariantCulture);
            await (lakeDirectory is null
                ? MeasureAsync(scale, batchSize, Path.Combine(root, $"{name}-{Guid.NewGuid():N}"), keepLake: false)
                : MeasureAsync(scale, batchSize, Path.Combine(lakeDirectory, name), keepLake: true));
        }

        return 0;
    }

    private static async Task MeasureAsync(double scale, int batchSize, string dataDirectory, bool keepLake)
    {
        Directory.CreateDirectory(dataDirectory);
        DeleteWarehouse(dataDirectory);
        try
        {
            var clock = Stopwatch.StartNew();
            var extracts = await LandedExtracts.LandOrReuseAsync(scale, dataDirectory, note => Report(scale, "generate and land", clock.Elapsed, 0, note));
            var (fullObjects, dailyObjects, lastDay) = (extracts.Full, extracts.Daily, extracts.LastDay);
            Report(scale, "extracts in the folder lake", clock.Elapsed, extracts.Rows, $"{fullObjects.Count + dailyObjects.Count} files");
            var lake = LocalColdPath.Lake(dataDirectory);

            using var warehouse = new DuckDbWarehouse(LocalColdPath.WarehouseOptions(dataDirectory));
            using var session = new WarehouseSession(warehouse);
            var metrics = new ColdPathMetrics(Stream.Null);
            var invoker = new LocalInvoker(
                new LambdaHandlerCatalog()
                    .Register(BronzeLoadHandler.HandlerName, () => new BronzeLoadHandler(lake, session))
                    .Register(SilverBuildHandler.HandlerName, () => new SilverBuildHandler(session))
                    .Register(GoldBuildHandler.HandlerName, () => new GoldBuildHandler(session, metrics)),
                Stream.Null);

            var total = Stopwatch.StartNew();
            var rows = await RunAsync(scale, "full rebuild", invoker, fullObjects, batchSize);
            Report(scale, "full rebuild bronze -> gold", total.Elapsed, rows, null);

            total.Restart();
            var dailyRows = await RunAsync(scale, "daily increment", invoker, dailyObjects, batchSize);
            Report(scale, "incremental daily load -> gold", total.Elapsed, dailyRows, $"{dailyObjects.Count} files of {lastDay:yyyy-MM-dd}");

            var gross = await warehouse.QueryAsync("SELECT SUM(revenue_usd), COUNT(*) FROM GOLD.FACT_SALES");
            Console.WriteLine($"scale {scale}: gold gross revenue {gross.Rows[0][0]} USD over {gross.Rows[0][1]} orders; generator: {extracts.GrossRevenueUsd} USD over {extracts.Orders} orders");
        }
        finally
        {
            if (keepLake)
            {
                DeleteWarehouse(dataDirectory);
            }
            else
            {
                Directory.Delete(dataDirectory, recursive: true);
            }
        }
    }

    private static void DeleteWarehouse(string dataDirectory)
    {
        foreach (var file in new[] { "warehouse.duckdb", "warehouse.duckdb.wal" })
        {
            File.Delete(Path.Combine(dataDirectory, file));
        }
    }

    private static async Task<long> RunAsync(double scale, string what, LocalInvoker invoker, List<LakeObjectInfo> objects, int batchSize)
    {
        var clock = Stopwatch.StartNew();
        long rows = 0;
        var invocations = 0;
        foreach (var batch in objects.Chunk(batchSize))
        {
            var s3Event = new S3Event
            {
                Records = [.. batch.SelectMany(info =>
                    S3EventNotifications.ObjectCreated(LocalColdPath.DefaultBucket, info.Key, info.Size, info.ETag, DateTime.UtcNow, "local").Records)],
            };
            var json = JsonSerializer.SerializeToUtf8Bytes(s3Event, LambdaJsonContext.Default.S3Event);
            var response = JsonSerializer.Deserialize(Succeeded(await invoker.InvokeAsync(BronzeLoadHandler.HandlerName, json, CancellationToken.None)).Span,
                ColdPathJsonContext.Default.BronzeLoadResponse)!;
            if (response.Loaded != batch.Length)
            {
                throw new InvalidOperationException($"bronze-load loaded {response.Loaded} of {batch.Length} objects ({response.Quarantined} quarantined, {response.AlreadyLoaded} already loaded).");
            }

            rows += response.RowsLoaded;
            invocations++;
        }

        Report(scale, $"{what}: bronze-load of {objects.Count} objects in {invocations} events of up to {batchSize} records", clock.Elapsed, rows, null);
        var scheduled = JsonSerializer.SerializeToUtf8Bytes(
            ScheduledEvent.ForRule("arn:aws:events:local:000000000000:rule/cold-path", DateTime.UtcNow, "000000000000", "local", Guid.NewGuid()),
            LambdaJsonContext.Default.ScheduledEvent);
        clock.Restart();
        var silver = JsonSerializer.Deserialize(Succeeded(await invoker.InvokeAsync(SilverBuildHandler.HandlerName, scheduled, CancellationToken.None)).Span,
            ColdPathJsonContext.Default.SilverBuildResponse)!;
        Report(scale, $"{what}: silver-build ({silver.Status})", clock.Elapsed, rows, null);
        clock.Restart();
        var gold = JsonSerializer.Deserialize(Succeeded(await invoker.InvokeAsync(GoldBuildHandler.HandlerName, scheduled, CancellationToken.None)).Span,
            ColdPathJsonContext.Default.GoldBuildResponse)!;
        Report(scale, $"{what}: gold-build ({gold.Status}, {gold.ChecksFailed} checks failed)", clock.Elapsed, rows, null);
        return gold.Status == GoldBuildStatus.Published ? rows : throw new InvalidOperationException($"gold-build ended {gold.Status}: {string.Join(", ", gold.FailedChecks)}");
    }

    private static ReadOnlyMemory<byte> Succeeded(LocalInvocationResult result) =>
        result.Succeeded ? result.Payload : throw new InvalidOperationException(System.Text.Encoding.UTF8.GetString(result.Payload.Span));

    private static void Report(double scale, string step, TimeSpan elapsed, long rows, string? note) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"scale {scale}: {step}: {elapsed.TotalSeconds:F2} s, {rows} rows, {(elapsed.TotalSeconds > 0 ? rows / elapsed.TotalSeconds : 0):F0} rows/s{(note is null ? "" : " (" + note + ")")}"));
}
