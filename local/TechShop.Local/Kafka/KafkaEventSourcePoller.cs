using TechShop.Core.Streaming;
using System.Diagnostics;
using Confluent.Kafka;

namespace TechShop.Local.Kafka;

/// <summary>
/// A local stand-in for a Lambda event source mapping on one Kafka topic: it reads every partition from the committed
/// offset (or the beginning, like TRIM_HORIZON), gathers batches of up to <see cref="EventSourceMappingOptions.BatchSize"/>
/// records or until the batching window closes, invokes the function, and commits after success. A function error
/// retries the whole batch; reported item failures rewind each failed partition to its first failed offset, so later
/// records of that partition are delivered again, as with <c>ReportBatchItemFailures</c>.
/// </summary>
public sealed class KafkaEventSourcePoller : IDisposable
{
    public delegate Task<IReadOnlyList<PartitionFailure>> BatchFunction(IReadOnlyList<PolledRecord> batch, CancellationToken cancellationToken);

    private static readonly TimeSpan IdlePoll = TimeSpan.FromMilliseconds(100);
    private readonly EventSourceMappingOptions _options;
    private readonly BatchFunction _function;
    private readonly IConsumer<byte[], byte[]> _consumer;
    private readonly Dictionary<int, long> _next = [];
    private readonly List<TopicPartition> _partitions;
    private readonly Dictionary<(int Partition, long Offset), int> _failureCounts = [];

    public KafkaEventSourcePoller(string bootstrapServers, EventSourceMappingOptions options, BatchFunction function)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _function = function;
        var config = new ConsumerConfig
        {
            BootstrapServers = bootstrapServers,
            GroupId = options.GroupId,
            EnableAutoCommit = false,
            EnableAutoOffsetStore = false,
            AutoOffsetReset = AutoOffsetReset.Earliest,
            FetchWaitMaxMs = 50,
        };
        _consumer = new ConsumerBuilder<byte[], byte[]>(config).Build();
        using var admin = new DependentAdminClientBuilder(_consumer.Handle).Build();
        var metadata = admin.GetMetadata(options.Topic, TimeSpan.FromSeconds(10)).Topics.SingleOrDefault(t => t.Topic == options.Topic);
        if (metadata is null || metadata.Error.IsError || metadata.Partitions.Count == 0)
        {
            _consumer.Dispose();
            throw new EmbeddedKafkaException($"Topic '{options.Topic}' does not exist on {bootstrapServers}: {metadata?.Error.Reason ?? "no metadata"}.");
        }

        _partitions = metadata.Partitions.Select(p => new TopicPartition(options.Topic, p.PartitionId)).OrderBy(p => p.Partition.Value).ToList();
        var committed = _consumer.Committed(_partitions, TimeSpan.FromSeconds(10));
        var start = committed.Select(c => c.Offset == Offset.Unset ? new TopicPartitionOffset(c.TopicPartition, Offset.Beginning) : c).ToList();
        _consumer.Assign(start);
        foreach (var position in start)
        {
            _next[position.Partition.Value] = position.Offset == Offset.Beginning ? 0 : position.Offset.Value;
        }
    }

    /// <summary>Records handed to the function and acknowledged (not counting re-deliveries).</summary>
    public long RecordsAcknowledged { get; private set; }

    /// <summary>Function invocations, retries included.</summary>
    public int Invocations { get; private set; }

    /// <summary>Polls and invokes until cancelled.</summary>
    public Task RunAsync(CancellationToken cancellationToken) =>
        Task.Run(() => PollAsync(stopWhenCaughtUp: false, cancellationToken), cancellationToken);

    /// <summary>Polls and invokes until every partition is consumed up to its high watermark, then returns.</summary>
    public Task DrainAsync(CancellationToken cancellationToken) =>
        Task.Run(() => PollAsync(stopWhenCaughtUp: true, cancellationToken), cancellationToken);

    public void Dispose()
    {
        _consumer.Close();
        _consumer.Dispose();
    }

    private async Task PollAsync(bool stopWhenCaughtUp, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var batch = Gather(cancellationToken);
            if (batch.Count == 0)
            {
                if (stopWhenCaughtUp && CaughtUp())
                {
                    return;
                }

                continue;
            }

            await DeliverAsync(batch, cancellationToken);
        }
    }

    private List<PolledRecord> Gather(CancellationToken cancellationToken)
    {
        var batch = new List<PolledRecord>(Math.Min(_options.BatchSize, 1024));
        var window = Stopwatch.StartNew();
        while (batch.Count < _options.BatchSize && !cancellationToken.IsCancellationRequested)
        {
            var wait = batch.Count == 0 ? IdlePoll : _options.MaximumBatchingWindow - window.Elapsed;
            if (wait <= TimeSpan.Zero)
            {
                break;
            }

            var result = _consumer.Consume(wait);
            if (result is null || result.IsPartitionEOF)
            {
                if (batch.Count == 0)
                {
                    return batch;
                }

                continue;
            }

            if (batch.Count == 0)
            {
                window.Restart();
            }

            batch.Add(ToRecord(result));
        }

        return batch;
    }

    private async Task DeliverAsync(List<PolledRecord> batch, CancellationToken cancellationToken)
    {
        Invocations++;
        IReadOnlyList<PartitionFailure> failures;
        try
        {
            failures = await _function(batch, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A function error fails the whole batch: every partition restarts at its first record of the batch.
            failures = batch.GroupBy(r => r.Partition).Select(g => new PartitionFailure(_options.Topic, g.Key, g.Min(r => r.Offset))).ToList();
            CountFailures(failures, e);
            Rewind(batch, failures);
            return;
        }

        CountFailures(failures, null);
        Rewind(batch, failures);
    }

    private void CountFailures(IReadOnlyList<PartitionFailure> failures, Exception? error)
    {
        foreach (var failure in failures)
        {
            var key = (failure.Partition, failure.Offset);
            var count = _failureCounts[key] = _failureCounts.GetValueOrDefault(key) + 1;
            if (count > _options.MaximumRetryAttempts)
            {
                throw new BatchDeliveryException(_options.Topic, failures, count, error);
            }
        }
    }

    private void Rewind(List<PolledRecord> batch, IReadOnlyList<PartitionFailure> failures)
    {
        var failedAt = failures.ToDictionary(f => f.Partition, f => f.Offset);
        var commits = new List<TopicPartitionOffset>();
        foreach (var partition in batch.GroupBy(r => r.Partition))
        {
            var next = failedAt.TryGetValue(partition.Key, out var failed) ? failed : partition.Max(r => r.Offset) + 1;
            RecordsAcknowledged += partition.Count(r => r.Offset < next);
            _next[partition.Key] = next;
            var tp = new TopicPartition(_options.Topic, partition.Key);
            commits.Add(new TopicPartitionOffset(tp, next));
            if (failedAt.ContainsKey(partition.Key))
            {
                _consumer.Seek(new TopicPartitionOffset(tp, next));
            }
        }

        _consumer.Commit(commits);
    }

    private bool CaughtUp() =>
        _partitions.All(tp => _next[tp.Partition.Value] >= _consumer.QueryWatermarkOffsets(tp, TimeSpan.FromSeconds(5)).High.Value);

    private static PolledRecord ToRecord(ConsumeResult<byte[], byte[]> result)
    {
        var headers = result.Message.Headers?.Select(h => new KeyValuePair<string, byte[]>(h.Key, h.GetValueBytes())).ToList()
            ?? [];
        var type = result.Message.Timestamp.Type == TimestampType.LogAppendTime ? "LOG_APPEND_TIME" : "CREATE_TIME";
        return new PolledRecord(result.Topic, result.Partition.Value, result.Offset.Value, result.Message.Timestamp.UnixTimestampMs, type,
            result.Message.Key, result.Message.Value, headers);
    }
}
