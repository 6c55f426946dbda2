using TechShop.Core.Streaming;
namespace TechShop.Local.Kafka;

/// <summary>A batch kept failing after every retry the mapping allows; carries the records it could not deliver.</summary>
public sealed class BatchDeliveryException : Exception
{
    public BatchDeliveryException(string topic, IReadOnlyList<PartitionFailure> failures, int attempts, Exception? lastError)
        : base($"Topic '{topic}': the function failed the batch {attempts} times; first failed offsets: " +
               string.Join(", ", failures.Select(f => $"{f.Topic}-{f.Partition}@{f.Offset}")) + ".", lastError)
    {
        Topic = topic;
        Failures = failures;
        Attempts = attempts;
    }

    public string Topic { get; }

    public IReadOnlyList<PartitionFailure> Failures { get; }

    public int Attempts { get; }
}
