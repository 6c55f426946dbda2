using System.Diagnostics;
using TechShop.Core.Streaming;
using TechShop.Local.Generator;
using TechShop.Local.Invoke;
using TechShop.Local.Kafka;
using TechShop.Local.Streaming;

namespace TechShop.Local.Pipeline;

/// <summary>
/// The hot path of a run: one enrich and one archive mapping per topic consume while the producer sends the stream,
/// until every mapping has acknowledged every delivered record of its topic.
/// </summary>
internal sealed class HotPathStage(PipelineOptions options, IPipelineProgress progress, Func<LocalInvoker> warmInvoker)
{
    public const string EnrichFunction = "stream-enrich";
    public const string ArchiveFunction = "stream-archive";

    // No progress at all for this long means a mapping is stuck (its retries exhausted or a handler hanging).
    private static readonly TimeSpan StallLimit = TimeSpan.FromMinutes(2);

    public async Task<HotPathResult> RunAsync(
        EmbeddedKafkaCluster cluster, StreamRecordEncoder encoder, IReadOnlyList<StreamEvent> events, CancellationToken cancellationToken)
    {
        var mappings = new List<StreamMapping>();
        try
        {
            var gate = new ReferenceDataGate();
            foreach (var topic in Topics.All)
            {
                var enrich = new StreamMapping(EnrichFunction, topic, cluster.BootstrapServers, warmInvoker(), options.BatchSize, options.BatchingWindow,
                    topic == Topics.Orders ? gate.WaitForReferenceDataAsync : null);
                gate.Track(topic, enrich.Poller);
                mappings.Add(enrich);
                mappings.Add(new StreamMapping(ArchiveFunction, topic, cluster.BootstrapServers, warmInvoker(), options.BatchSize, options.BatchingWindow));
            }

            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var polling = mappings.Select(m => m.Poller.RunAsync(stop.Token)).ToList();
            gate.Stopped = () => polling.Any(p => p.IsFaulted);
            var watch = Stopwatch.StartNew();
            using var producer = new StreamProducer(cluster.BootstrapServers, encoder, gate.Produced);
            var report = await producer.ProduceAsync(events, options.EventsPerSecond, progress.Start("produce events", events.Count).AsInt(), cancellationToken);
            progress.Finish("produce events", $"{report.Delivered:N0} delivered, {report.Failed:N0} refused");
            if (report.Failed > 0)
            {
                throw new PipelineStageException("produce events", $"{report.Failed} records were refused by the brokers (first: {producer.FirstError})");
            }

            await WaitForAcknowledgementsAsync(mappings, polling, report, cancellationToken);
            var seconds = watch.Elapsed.TotalSeconds;
            await stop.CancelAsync();
            await Task.WhenAll(polling.Select(p => p.ContinueWith(_ => { }, TaskScheduler.Default)));
            return new HotPathResult(report, mappings.ToDictionary(m => (m.Function, m.Topic), m => m.Poller.RecordsAcknowledged),
                mappings.Where(m => m.Function == EnrichFunction).SelectMany(m => m.LagsMs).ToArray(),
                mappings.Where(m => m.Function == EnrichFunction).Sum(m => m.Poller.Invocations), seconds);
        }
        finally
        {
            foreach (var mapping in mappings)
            {
                mapping.Dispose();
            }
        }
    }

    private async Task WaitForAcknowledgementsAsync(
        List<StreamMapping> mappings, List<Task> polling, ProduceReport report, CancellationToken cancellationToken)
    {
        var total = report.Delivered * 2;
        var reporter = progress.Start("consume, enrich and archive", total);
        var lastProgress = Stopwatch.StartNew();
        long last = -1;
        while (true)
        {
            if (polling.FirstOrDefault(p => p.IsFaulted) is { } failed)
            {
                var mapping = mappings[polling.IndexOf(failed)];
                throw new PipelineStageException($"{mapping.Function} on {mapping.Topic}", "the mapping stopped", failed.Exception?.GetBaseException());
            }

            var acknowledged = mappings.Sum(m => m.Poller.RecordsAcknowledged);
            reporter.Report(acknowledged);
            if (mappings.All(m => m.Poller.RecordsAcknowledged >= report.DeliveredByTopic.GetValueOrDefault(m.Topic)))
            {
                progress.Finish("consume, enrich and archive", $"{acknowledged:N0} acknowledged by {mappings.Count} mappings");
                return;
            }

            if (acknowledged != last)
            {
                last = acknowledged;
                lastProgress.Restart();
            }
            else if (lastProgress.Elapsed > StallLimit)
            {
                var behind = string.Join(", ", mappings.Where(m => m.Poller.RecordsAcknowledged < report.DeliveredByTopic.GetValueOrDefault(m.Topic))
                    .Select(m => $"{m.Function}/{m.Topic} {m.Poller.RecordsAcknowledged}/{report.DeliveredByTopic.GetValueOrDefault(m.Topic)}"));
                throw new PipelineStageException("consume, enrich and archive", $"no record acknowledged for {StallLimit.TotalSeconds:0} s; behind: {behind}");
            }

            await Task.Delay(50, cancellationToken);
        }
    }
}
