namespace TechShop.Lambda.Events.Kafka;

/// <summary>One Kafka record header: a name and its raw bytes.</summary>
public sealed record KafkaHeader(string Name, ReadOnlyMemory<byte> Value);
