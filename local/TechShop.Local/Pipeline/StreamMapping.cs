using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using TechShop.Core.Streaming;
using TechShop.Lambda.Events.Kafka;
using TechShop.Lambda.Serialization;
using TechShop.Local.Invoke;
using TechShop.Local.Kafka;

namespace TechShop.Local.Pipeline;

/// <summary>
/// One local event source mapping: a poller on one topic invoking one stream function with KafkaEvent JSON, reading
/// the function's <c>batchItemFailures</c> back as partition failures, and timing each acknowledged record.
/// </summary>
internal sealed class StreamMapping : IDisposable
{
    private readonly LocalInvoker _invoker;
    private readonly string _bootstrapServers;
    private readonly ConcurrentBag<long> _lagsMs = [];

    private readonly Func<IReadOnlyList<PolledRecord>, CancellationToken, Task>? _beforeInvoke;

    public StreamMapping(
        string function, string topic, string bootstrapServers, LocalInvoker invoker, int batchSize, TimeSpan window,
        Func<IReadOnlyList<PolledRecord>, CancellationToken, Task>? beforeInvoke = null)
    {
        _beforeInvoke = beforeInvoke;
        Function = function;
        Topic = topic;
        _invoker = invoker;
        _bootstrapServers = bootstrapServers;
        var options = new EventSourceMappingOptions
        {
            Topic = topic,
            ConsumerGroupId = $"techshop-{function}-{topic}",
            BatchSize = batchSize,
            MaximumBatchingWindow = window,
        };
        Poller = new KafkaEventSourcePoller(bootstrapServers, options, InvokeAsync);
    }

    public string Function { get; }

    public string Topic { get; }

    public KafkaEventSourcePoller Poller { get; }

    /// <summary>Kafka timestamp to acknowledgement, per acknowledged record, in milliseconds.</summary>
    public IReadOnlyCollection<long> LagsMs => _lagsMs;

    public void Dispose() => Poller.Dispose();

    private async Task<IReadOnlyList<PartitionFailure>> InvokeAsync(IReadOnlyList<PolledRecord> batch, CancellationToken cancellationToken)
    {
        if (_beforeInvoke is not null)
        {
            await _beforeInvoke(batch, cancellationToken).ConfigureAwait(false);
        }

        var kafkaEvent = KafkaEvent.FromRecords(
            KafkaEvent.MskEventSource,
            $"arn:aws:kafka:local:{LocalInvoker.LocalAccountId}:cluster/techshop-local/embedded",
            _bootstrapServers,
            batch.Select(ToEventRecord));
        var json = JsonSerializer.SerializeToUtf8Bytes(kafkaEvent, LambdaJsonContext.Default.KafkaEvent);
        var result = await _invoker.InvokeAsync(Function, json, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            // The mapping retries the whole batch on a function error, as Lambda does.
            throw new PipelineStageException(Function, $"the invocation on topic '{Topic}' failed with {result.ErrorType}");
        }

        var response = JsonSerializer.Deserialize(result.Payload.Span, LambdaJsonContext.Default.KafkaBatchResponse)
            ?? KafkaBatchResponse.Success;
        var failures = response.BatchItemFailures.Select(f => ToPartitionFailure(f.ItemIdentifier)).ToList();
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var failedAt = failures.ToDictionary(f => f.Partition, f => f.Offset);
        foreach (var record in batch)
        {
            if (!failedAt.TryGetValue(record.Partition, out var first) || record.Offset < first)
            {
                _lagsMs.Add(Math.Max(0, now - record.TimestampMs));
            }
        }

        return failures;
    }

    private PartitionFailure ToPartitionFailure(KafkaItemIdentifier identifier)
    {
        // "<topic>-<partition>": topics may hold dashes (fx-rates), the partition is after the last one.
        var dash = identifier.Partition.LastIndexOf('-');
        if (dash <= 0 || !int.TryParse(identifier.Partition.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var partition)
            || !string.Equals(identifier.Partition[..dash], Topic, StringComparison.Ordinal))
        {
            throw new PipelineStageException(Function, $"a batch item failure names partition '{identifier.Partition}'; expected '{Topic}-<partition>'");
        }

        return new PartitionFailure(Topic, partition, identifier.Offset);
    }

    private static KafkaEventRecord ToEventRecord(PolledRecord record) => new()
    {
        Topic = record.Topic,
        Partition = record.Partition,
        Offset = record.Offset,
        Timestamp = record.TimestampMs,
        TimestampType = record.TimestampType,
        Key = record.Key,
        Value = record.Value,
        Headers = record.Headers.Select(h => new KafkaHeader(h.Key, h.Value)).ToList(),
    };
}
