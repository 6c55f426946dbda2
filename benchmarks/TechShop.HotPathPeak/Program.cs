using System.Diagnostics;
using System.Globalization;
using TechShop.Avro.Streaming;
using TechShop.Benchmarks.HotPath;
using TechShop.Core.Realtime;
using TechShop.Core.Streaming;
using TechShop.Functions.HotPath;

// One cold 10,000-record stream-enrich invocation in a fresh process (Native AOT when published, JIT under dotnet run), then warm ones: the process's peak
// resident set (VmHWM, what Lambda's memory limit bounds), the bytes allocated per invocation, and warm invocation times.
// Under a Lambda memory size the runtime caps the GC heap at 75 % of it: emulate 128 MB with DOTNET_GCHeapHardLimit=6000000 (hex).
const int Records = 10_000;
var warmRuns = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20;
var workload = new HotPathWorkload(Records);
var store = new InMemoryRealtimeStore();
await store.UpsertExchangeRatesAsync(workload.Rates);
var handler = new StreamEnrichHandler(new AvroStreamRecordDecoder(HotPathWorkload.Decoder()), store, new CountingDeadLetters());
GC.Collect();
var rssBefore = Environment.WorkingSet;

var cold = await InvokeAsync();
var warm = new List<(double Ms, long Allocated)>();
for (var i = 0; i < warmRuns; i++)
{
    warm.Add(await InvokeAsync());
}

var mb = (double bytes) => (bytes / 1024d / 1024d).ToString("F1", CultureInfo.InvariantCulture);
var ms = (double value) => value.ToString("F1", CultureInfo.InvariantCulture);
var bestWarm = warm.Count > 0 ? warm.Min(w => w.Ms) : double.NaN;
var medianWarm = warm.Count > 0 ? warm.Select(w => w.Ms).Order().ElementAt(warm.Count / 2) : double.NaN;
Console.WriteLine($"runtime={(System.Runtime.JitInfo.GetCompiledMethodCount() > 0 ? "jit" : "native-aot")} records={Records} event_json_bytes={workload.EventJson.Length} gc_concurrent={AppContext.GetData("System.GC.Concurrent") ?? "default"}");
Console.WriteLine($"first_invocation_ms={ms(cold.Ms)} allocated_first_mb={mb(cold.Allocated)} per_record_bytes={cold.Allocated / Records}");
Console.WriteLine($"warm_invocations={warm.Count} best_warm_ms={ms(bestWarm)} best_warm_records_per_s={(Records / (bestWarm / 1000)).ToString("F0", CultureInfo.InvariantCulture)} median_warm_ms={ms(medianWarm)} median_warm_records_per_s={(Records / (medianWarm / 1000)).ToString("F0", CultureInfo.InvariantCulture)}");
Console.WriteLine($"rss_before_first_invocation_mb={mb(rssBefore)} peak_rss_process_mb={mb(Process.GetCurrentProcess().PeakWorkingSet64)}");
Console.WriteLine($"gc_collections gen0={GC.CollectionCount(0)} gen1={GC.CollectionCount(1)} gen2={GC.CollectionCount(2)}");
return 0;

async Task<(double Ms, long Allocated)> InvokeAsync()
{
    var context = HotPathWorkload.Context();
    var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
    var watch = Stopwatch.StartNew();
    var response = await handler.HandleAsync(workload.EventJson, context, CancellationToken.None);
    context.Metrics.Flush();
    watch.Stop();
    if (response.Length == 0)
    {
        throw new InvalidOperationException("The handler returned no response.");
    }

    return (watch.Elapsed.TotalMilliseconds, GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore);
}

/// <summary>The batch has no bad record; a dead letter here means the workload is wrong.</summary>
internal sealed class CountingDeadLetters : IDeadLetterSink
{
    public Task WriteAsync(DeadLetter letter, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException($"Unexpected dead letter: {letter.Reason} {letter.Detail}");
}
