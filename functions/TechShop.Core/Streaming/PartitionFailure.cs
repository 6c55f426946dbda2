namespace TechShop.Core.Streaming;

/// <summary>
/// The first offset of a topic-partition that was not processed: Lambda resumes the partition there
/// (a <c>batchItemFailures</c> entry <c>{"itemIdentifier": {"partition": "&lt;topic&gt;-&lt;p&gt;", "offset": n}}</c>).
/// </summary>
public sealed record PartitionFailure(string Topic, int Partition, long Offset)
{
    /// <summary>The records-map key of the Kafka event, <c>&lt;topic&gt;-&lt;partition&gt;</c>.</summary>
    public string ItemPartition => $"{Topic}-{Partition}";
}
