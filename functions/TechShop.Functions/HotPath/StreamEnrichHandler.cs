using System.Globalization;
using System.Text;
using TechShop.Core.Enrichment;
using TechShop.Core.Realtime;
using TechShop.Core.Streaming;
using TechShop.Lambda.Events.Kafka;
using TechShop.Lambda.Hosting;
using TechShop.Lambda.Metrics;

namespace TechShop.Functions.HotPath;

/// <summary>
/// <c>stream-enrich</c>: decodes, enriches and writes a Kafka batch to the realtime store through
/// <see cref="StreamBatchProcessor"/>, answers with the first failed offset per partition, emits the metric contract
/// (<c>RecordsIn</c>, <c>RecordsWritten</c>, <c>LagP99Ms</c> by <c>Function</c>; <c>DeadLettered</c> by
/// <c>Function, Reason</c>) and logs one line with the outcome. The decoder's schema cache, the rate table and the
/// store session live in the instance, warm across invocations.
/// </summary>
public sealed class StreamEnrichHandler : KafkaEventHandler
{
    /// <summary>The name <c>_HANDLER</c> selects.</summary>
    public const string HandlerName = "stream-enrich";

    private readonly StreamBatchProcessor _processor;

    /// <param name="decoder">Record values to domain values (the Avro decoder with its registry cache).</param>
    /// <param name="store">The realtime tables.</param>
    /// <param name="deadLetters">Where records that can never succeed go.</param>
    /// <param name="rates">The rate table kept across invocations; default a new, empty one.</param>
    /// <param name="clock">The processing time for lags; default <see cref="TimeProvider.System"/>.</param>
    /// <param name="options">Retry, chunking and concurrency settings of the processor.</param>
    public StreamEnrichHandler(
        IStreamRecordDecoder decoder,
        IRealtimeStore store,
        IDeadLetterSink deadLetters,
        FxRateTable? rates = null,
        TimeProvider? clock = null,
        StreamBatchOptions? options = null)
    {
        _processor = new StreamBatchProcessor(decoder, store, deadLetters, rates ?? new FxRateTable(), clock, options: options);
    }

    public override string Name => HandlerName;

    /// <summary>The batch response for an outcome: one <c>{partition: "&lt;topic&gt;-&lt;p&gt;", offset}</c> per failed partition.</summary>
    public static KafkaBatchResponse ResponseOf(StreamBatchOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome.Failures.Count == 0
            ? KafkaBatchResponse.Success
            : new KafkaBatchResponse
            {
                BatchItemFailures = outcome.Failures
                    .Select(f => new KafkaBatchItemFailure(new KafkaItemIdentifier(f.ItemPartition, f.Offset)))
                    .ToList(),
            };
    }

    protected override async Task<KafkaBatchResponse> HandleEventAsync(KafkaEvent lambdaEvent, ILambdaContext context, CancellationToken cancellationToken)
    {
        var outcome = await _processor.ProcessAsync(StreamRecords.From(lambdaEvent), cancellationToken);
        RecordMetrics(context.Metrics, outcome);
        context.Logger.Log(outcome.IsReconciled ? LambdaLogLevel.Info : LambdaLogLevel.Error, Summary(outcome));
        return ResponseOf(outcome);
    }

    private static void RecordMetrics(MetricsLogger metrics, StreamBatchOutcome outcome)
    {
        metrics.AddMetric("RecordsIn", outcome.RecordsIn);
        metrics.AddMetric("RecordsWritten", outcome.Written);
        foreach (var (reason, count) in outcome.DeadLetteredByReason.OrderBy(pair => pair.Key))
        {
            metrics.AddMetric("DeadLettered", count, MetricUnit.Count, [new("Reason", DeadLetterReason.Of(reason))]);
        }

        if (outcome.EventLag.Samples > 0)
        {
            metrics.AddMetric("LagP99Ms", outcome.EventLag.P99Ms, MetricUnit.Milliseconds);
        }
    }

    /// <summary>The invocation's log line: <c>key=value</c> pairs (logfmt, parseable by CloudWatch Logs Insights).</summary>
    public static string Summary(StreamBatchOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var text = new StringBuilder(256);
        var inv = CultureInfo.InvariantCulture;
        text.Append(inv, $"stream batch processed: records_in={outcome.RecordsIn} written={outcome.Written}");
        text.Append(inv, $" dead_lettered={outcome.DeadLettered} left_for_retry={outcome.LeftForRetry} reconciled={(outcome.IsReconciled ? "true" : "false")}");
        text.Append(inv, $" orders={outcome.OrdersWritten} customers={outcome.CustomersWritten} exchange_rates={outcome.ExchangeRatesWritten}");
        text.Append(inv, $" revenue_usd={outcome.RevenueConvertedUsd}");
        text.Append(inv, $" event_lag_p50_ms={outcome.EventLag.P50Ms} event_lag_p99_ms={outcome.EventLag.P99Ms}");
        text.Append(inv, $" kafka_lag_p50_ms={outcome.KafkaLag.P50Ms} kafka_lag_p99_ms={outcome.KafkaLag.P99Ms}");
        text.Append(" dead_lettered_by_reason=");
        text.AppendJoin(',', outcome.DeadLetteredByReason.OrderBy(p => p.Key).Select(p => DeadLetterReason.Of(p.Key) + ":" + p.Value.ToString(inv)));
        text.Append(" failed_partitions=");
        text.AppendJoin(',', outcome.Failures.Select(f => f.ItemPartition + "@" + f.Offset.ToString(inv)));
        return text.ToString();
    }
}
