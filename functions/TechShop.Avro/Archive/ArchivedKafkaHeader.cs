namespace TechShop.Avro.Archive;

/// <summary>One Kafka record header as archived; <see cref="Value"/> is null when the header had no value.</summary>
public sealed record ArchivedKafkaHeader(string Key, byte[]? Value);
