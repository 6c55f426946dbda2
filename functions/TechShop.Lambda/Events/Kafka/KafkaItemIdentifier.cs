using System.Text.Json.Serialization;

namespace TechShop.Lambda.Events.Kafka;

/// <summary>Names the first failed record of one partition: <c>{"partition":"&lt;topic&gt;-&lt;p&gt;","offset":n}</c>.</summary>
public sealed record KafkaItemIdentifier(
    [property: JsonPropertyName("partition")] string Partition,
    [property: JsonPropertyName("offset")] long Offset)
{
    /// <summary>The identifier of <paramref name="record"/>, from its own topic and partition.</summary>
    public static KafkaItemIdentifier For(KafkaEventRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new KafkaItemIdentifier(record.PartitionKey, record.Offset);
    }
}
