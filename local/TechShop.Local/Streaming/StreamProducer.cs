using System.Diagnostics;
using Confluent.Kafka;
using TechShop.Local.Generator;

namespace TechShop.Local.Streaming;

/// <summary>
/// Produces the generator's event stream to any Kafka cluster (the embedded one or a real one): Confluent-framed Avro
/// values, lz4 batches (the embedded cluster keeps about 5 MiB per partition), acks from all in-sync replicas, an
/// optional rate limit, and per-topic counts taken from the delivery reports, not from what was handed to the client.
/// </summary>
public sealed class StreamProducer : IDisposable
{
    private static readonly TimeSpan FlushTimeout = TimeSpan.FromMinutes(2);

    private readonly IProducer<byte[], byte[]> _producer;
    private readonly StreamRecordEncoder _encoder;
    private readonly Dictionary<string, long> _delivered = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _failed = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly Action<string, long>? _produced;
    private string? _firstError;

    /// <param name="bootstrapServers">Kafka bootstrap servers.</param>
    /// <param name="encoder">Frames the values.</param>
    /// <param name="produced">Told each record's topic and Kafka timestamp (ms) as it is handed to the client.</param>
    public StreamProducer(string bootstrapServers, StreamRecordEncoder encoder, Action<string, long>? produced = null)
    {
        _produced = produced;
        ArgumentException.ThrowIfNullOrWhiteSpace(bootstrapServers);
        ArgumentNullException.ThrowIfNull(encoder);
        _encoder = encoder;
        var config = new ProducerConfig
        {
            BootstrapServers = bootstrapServers,
            Acks = Acks.All,
            CompressionType = CompressionType.Lz4,
            LingerMs = 5,
            BatchNumMessages = 10_000,
            QueueBufferingMaxMessages = 200_000,
            MessageTimeoutMs = 60_000,
        };
        _producer = new ProducerBuilder<byte[], byte[]>(config).Build();
    }

    /// <summary>The first delivery error reported, if any (named in the run's failure message).</summary>
    public string? FirstError => _firstError;

    /// <summary>
    /// Produces <paramref name="events"/> in order, at most <paramref name="eventsPerSecond"/> per second when given,
    /// reporting produced counts to <paramref name="progress"/>, and waits for every delivery report.
    /// </summary>
    public async Task<ProduceReport> ProduceAsync(
        IReadOnlyList<StreamEvent> events, double? eventsPerSecond, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (eventsPerSecond is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(eventsPerSecond), eventsPerSecond, "The rate must be a positive number of events per second.");
        }

        var watch = Stopwatch.StartNew();
        for (var i = 0; i < events.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var record = await _encoder.EncodeAsync(events[i], cancellationToken).ConfigureAwait(false);
            Produce(record, cancellationToken);
            if (eventsPerSecond is { } rate)
            {
                var due = TimeSpan.FromSeconds((i + 1) / rate);
                if (due - watch.Elapsed is { } ahead && ahead > TimeSpan.FromMilliseconds(1))
                {
                    await Task.Delay(ahead, cancellationToken).ConfigureAwait(false);
                }
            }

            if ((i & 1023) == 1023)
            {
                progress?.Report(i + 1);
            }
        }

        await Task.Run(() => _producer.Flush(FlushTimeout), cancellationToken).ConfigureAwait(false);
        progress?.Report(events.Count);
        lock (_gate)
        {
            return new ProduceReport(
                new Dictionary<string, long>(_delivered, StringComparer.Ordinal),
                new Dictionary<string, long>(_failed, StringComparer.Ordinal),
                watch.Elapsed);
        }
    }

    public void Dispose() => _producer.Dispose();

    private void Produce(EncodedStreamRecord record, CancellationToken cancellationToken)
    {
        // The record's Kafka timestamp is its produce time (CreateTime), as a live producer's would be.
        var timestamp = new Timestamp(DateTime.UtcNow, TimestampType.CreateTime);
        var message = new Message<byte[], byte[]> { Key = record.Key, Value = record.Value, Timestamp = timestamp };
        _produced?.Invoke(record.Topic, timestamp.UnixTimestampMs);
        while (true)
        {
            try
            {
                _producer.Produce(record.Topic, message, OnDelivery);
                return;
            }
            catch (ProduceException<byte[], byte[]> e) when (e.Error.Code == ErrorCode.Local_QueueFull)
            {
                // The client's queue is full: let delivery reports drain it, then try the same record again.
                cancellationToken.ThrowIfCancellationRequested();
                _producer.Poll(TimeSpan.FromMilliseconds(50));
            }
        }
    }

    private void OnDelivery(DeliveryReport<byte[], byte[]> report)
    {
        lock (_gate)
        {
            if (report.Error.IsError)
            {
                _failed[report.Topic] = _failed.GetValueOrDefault(report.Topic) + 1;
                _firstError ??= $"{report.Topic}: {report.Error.Reason}";
            }
            else
            {
                _delivered[report.Topic] = _delivered.GetValueOrDefault(report.Topic) + 1;
            }
        }
    }
}
