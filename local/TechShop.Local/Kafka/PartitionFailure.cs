namespace TechShop.Local.Kafka;

/// <summary>The first offset of a partition that the function could not process (a batch item failure).</summary>
public sealed record PartitionFailure(string Topic, int Partition, long Offset);
