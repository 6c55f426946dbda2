namespace TechShop.Avro.Archive;

/// <summary>
/// One Kafka record as the stream archive stores it (<c>com.techshop.archive.KafkaRecord</c>): coordinates plus the
/// key and value bytes exactly as they were on the topic (values stay Confluent-framed).
/// </summary>
public sealed record ArchivedKafkaRecord(
    string Topic,
    int Partition,
    long Offset,
    DateTime Timestamp,
    KafkaTimestampType TimestampType,
    byte[]? Key,
    byte[]? Value,
    IReadOnlyList<ArchivedKafkaHeader> Headers);
