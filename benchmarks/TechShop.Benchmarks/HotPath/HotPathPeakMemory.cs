using System.Diagnostics;
using System.Globalization;
using TechShop.Avro.Streaming;
using TechShop.Core.Realtime;
using TechShop.Core.Streaming;
using TechShop.Functions.HotPath;
using TechShop.Local.Lake;

namespace TechShop.Benchmarks.HotPath;

/// <summary>
/// Peak memory of one cold 10,000-record <c>stream-enrich</c> invocation, in a fresh process (<c>-- hot-path-peak</c>):
/// the process's peak resident set (VmHWM, what Lambda's memory limit bounds; it includes the runtime, the JIT and the
/// benchmark's own input), the bytes allocated during the invocation (GC.GetTotalAllocatedBytes), and the GC heap's peak.
/// </summary>
internal static class HotPathPeakMemory
{
    public static int Run()
    {
        var workload = new HotPathWorkload(HotPathBenchmarks.Records);
        var store = new InMemoryRealtimeStore();
        store.UpsertExchangeRatesAsync(workload.Rates).GetAwaiter().GetResult();
        var lakeRoot = Directory.CreateTempSubdirectory("techshop-peak-").FullName;
        var handler = new StreamEnrichHandler(
            new AvroStreamRecordDecoder(HotPathWorkload.Decoder()), store, new LakeDeadLetterSink(new FolderLake(lakeRoot, "techshop-lake")));
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var rssBefore = Process.GetCurrentProcess().WorkingSet64;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();

        var context = HotPathBenchmarks.Context();
        var response = handler.HandleAsync(workload.EventJson, context, CancellationToken.None).GetAwaiter().GetResult();
        context.Metrics.Flush();

        watch.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var peakRss = Process.GetCurrentProcess().PeakWorkingSet64;
        var gcPeak = GC.GetGCMemoryInfo(GCKind.Any).HeapSizeBytes;
        Directory.Delete(lakeRoot, recursive: true);
        var mb = (double bytes) => (bytes / 1024d / 1024d).ToString("F1", CultureInfo.InvariantCulture);
        Console.WriteLine($"records={HotPathBenchmarks.Records} event_json_bytes={workload.EventJson.Length} response_bytes={response.Length}");
        Console.WriteLine($"first_invocation_ms={watch.Elapsed.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture)}");
        Console.WriteLine($"allocated_during_invocation_mb={mb(allocated)} per_record_bytes={allocated / HotPathBenchmarks.Records}");
        Console.WriteLine($"rss_before_invocation_mb={mb(rssBefore)} peak_rss_process_mb={mb(peakRss)} gc_heap_after_last_gc_mb={mb(gcPeak)}");
        return 0;
    }
}
