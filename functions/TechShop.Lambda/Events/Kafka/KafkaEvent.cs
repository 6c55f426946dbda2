using System.Text.Json.Serialization;

namespace TechShop.Lambda.Events.Kafka;

/// <summary>The batch an Amazon MSK or self-managed Kafka event source mapping sends to a function.</summary>
/// <remarks>Follows <c>Amazon.Lambda.KafkaEvents.KafkaEvent</c>; records are keyed by <c>topic-partition</c>.</remarks>
public sealed record KafkaEvent
{
    /// <summary>The <c>eventSource</c> of batches from Amazon MSK.</summary>
    public const string MskEventSource = "aws:kafka";

    /// <summary>The <c>eventSource</c> of batches from a self-managed cluster (no <c>aws:</c> prefix).</summary>
    public const string SelfManagedEventSource = "SelfManagedKafka";

    [JsonPropertyName("eventSource")]
    public string? EventSource { get; init; }

    /// <summary>The cluster ARN (MSK only; self-managed batches carry none).</summary>
    [JsonPropertyName("eventSourceArn")]
    public string? EventSourceArn { get; init; }

    /// <summary>The brokers, as one comma-separated string.</summary>
    [JsonPropertyName("bootstrapServers")]
    public string? BootstrapServers { get; init; }

    /// <summary>Records per <c>topic-partition</c>, each list in offset order. Never split the key: topics contain dashes.</summary>
    [JsonPropertyName("records")]
    public IReadOnlyDictionary<string, IReadOnlyList<KafkaEventRecord>> Records { get; init => field = value ?? new Dictionary<string, IReadOnlyList<KafkaEventRecord>>(); } =
        new Dictionary<string, IReadOnlyList<KafkaEventRecord>>();

    /// <summary>How many records the batch holds, over all partitions.</summary>
    [JsonIgnore]
    public int RecordCount => Records.Values.Sum(records => records.Count);

    /// <summary>Every record of the batch, partition by partition, each partition in offset order.</summary>
    public IEnumerable<KafkaEventRecord> AllRecords() => Records.Values.SelectMany(records => records);

    /// <summary>
    /// Builds the batch an event source mapping would send for <paramref name="records"/> (as the local poller does):
    /// grouped by each record's own topic and partition, in the order given.
    /// </summary>
    public static KafkaEvent FromRecords(
        string eventSource, string? eventSourceArn, string? bootstrapServers, IEnumerable<KafkaEventRecord> records)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventSource);
        ArgumentNullException.ThrowIfNull(records);
        var byPartition = new Dictionary<string, IReadOnlyList<KafkaEventRecord>>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            var key = record.PartitionKey;
            if (!byPartition.TryGetValue(key, out var list))
            {
                list = new List<KafkaEventRecord>();
                byPartition.Add(key, list);
            }

            ((List<KafkaEventRecord>)list).Add(record);
        }

        return new KafkaEvent
        {
            EventSource = eventSource,
            EventSourceArn = eventSourceArn,
            BootstrapServers = bootstrapServers,
            Records = byPartition,
        };
    }
}
