namespace TechShop.Avro.Archive;

/// <summary>What a Kafka record's timestamp means (the Kafka event's <c>timestampType</c>).</summary>
public enum KafkaTimestampType
{
    NotAvailable = 0,
    CreateTime = 1,
    LogAppendTime = 2,
}
