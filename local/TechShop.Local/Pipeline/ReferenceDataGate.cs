using TechShop.Core.Streaming;
using TechShop.Local.Kafka;

namespace TechShop.Local.Pipeline;

/// <summary>
/// Holds an orders batch until stream-enrich has written every exchange rate and customer produced before the batch's
/// newest record. The mappings are independent (as on MSK), so without this an order could overtake the rate of its
/// own order date and be dead-lettered as MissingExchangeRate. Reference topics have one partition: the first n
/// records acknowledged are the first n produced.
/// </summary>
internal sealed class ReferenceDataGate
{
    private static readonly string[] ReferenceTopics = [Topics.FxRates, Topics.Customers];

    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<long>> _producedAt = ReferenceTopics.ToDictionary(t => t, _ => new List<long>(), StringComparer.Ordinal);
    private readonly Dictionary<string, KafkaEventSourcePoller> _pollers = new(StringComparer.Ordinal);

    /// <summary>True once any mapping has stopped, so a waiting batch gives up instead of waiting forever.</summary>
    public Func<bool> Stopped { get; set; } = () => false;

    public void Track(string topic, KafkaEventSourcePoller enrichPoller)
    {
        if (_producedAt.ContainsKey(topic))
        {
            _pollers[topic] = enrichPoller;
        }
    }

    /// <summary>The producer's callback: one record of <paramref name="topic"/> handed to the client at <paramref name="timestampMs"/>.</summary>
    public void Produced(string topic, long timestampMs)
    {
        if (_producedAt.TryGetValue(topic, out var times))
        {
            lock (_gate)
            {
                times.Add(timestampMs);
            }
        }
    }

    public async Task WaitForReferenceDataAsync(IReadOnlyList<PolledRecord> batch, CancellationToken cancellationToken)
    {
        var newest = batch.Max(r => r.TimestampMs);
        foreach (var topic in ReferenceTopics)
        {
            var needed = ProducedUpTo(topic, newest);
            while (_pollers[topic].RecordsAcknowledged < needed)
            {
                if (Stopped())
                {
                    throw new PipelineStageException("stream-enrich", $"the {topic} mapping stopped before the orders it precedes could be enriched");
                }

                await Task.Delay(10, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private long ProducedUpTo(string topic, long timestampMs)
    {
        lock (_gate)
        {
            var times = _producedAt[topic];
            var count = 0;
            // Produce times are non-decreasing: count from the end backwards past the later ones.
            for (var i = times.Count - 1; i >= 0; i--)
            {
                if (times[i] <= timestampMs)
                {
                    count = i + 1;
                    break;
                }
            }

            return count;
        }
    }
}
