namespace TechShop.Local.Kafka;

/// <summary>A topic to create on the embedded cluster.</summary>
public sealed record TopicSpec(string Name, int Partitions, int ReplicationFactor = 1);
