using TechShop.Core.Streaming;
using TechShop.Lambda.Events.Kafka;

namespace TechShop.Functions.HotPath;

/// <summary>The records of a Kafka event as the batch processor takes them: partition by partition, in offset order.</summary>
public static class StreamRecords
{
    /// <summary>
    /// One <see cref="StreamRecord"/> per event record; key and value wrap the event's decoded byte arrays (no copy).
    /// A tombstone (null value) becomes an empty value.
    /// </summary>
    public static List<StreamRecord> From(KafkaEvent kafkaEvent)
    {
        ArgumentNullException.ThrowIfNull(kafkaEvent);
        var records = new List<StreamRecord>(kafkaEvent.RecordCount);
        foreach (var partition in kafkaEvent.Records.Values)
        {
            foreach (var record in partition)
            {
                records.Add(new StreamRecord(
                    record.Topic,
                    record.Partition,
                    record.Offset,
                    DateTime.UnixEpoch.AddMilliseconds(record.Timestamp),
                    record.Key is { } key ? new ReadOnlyMemory<byte>(key) : null,
                    record.Value ?? ReadOnlyMemory<byte>.Empty));
            }
        }

        return records;
    }
}
