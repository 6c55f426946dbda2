namespace TechShop.Local.Kafka;

/// <summary>
/// The settings of one local event source mapping, with the defaults of the MSK mapping
/// (PROTOCOLS.md §1.4): one topic, batch size 100 (max 10,000), batching window 500 ms.
/// </summary>
public sealed record EventSourceMappingOptions
{
    /// <summary>The topic this mapping reads. Required.</summary>
    public required string Topic { get; init; }

    /// <summary>The consumer group. Default: <c>techshop-&lt;topic&gt;</c>.</summary>
    public string? ConsumerGroupId { get; init; }

    /// <summary>Records per invocation at most. Default 100; 1 to 10,000.</summary>
    public int BatchSize { get; init; } = 100;

    /// <summary>How long to gather records before invoking with a partial batch. Default 500 ms.</summary>
    public TimeSpan MaximumBatchingWindow { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Re-invocations of a failing batch before the mapping gives up. Default 10 (MSK caps at 10 with a destination).</summary>
    public int MaximumRetryAttempts { get; init; } = 10;

    /// <summary>The group id actually used.</summary>
    public string GroupId => ConsumerGroupId ?? "techshop-" + Topic;

    /// <summary>Throws a message that names the setting when a value is out of range.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Topic))
        {
            throw new ArgumentException("The event source mapping needs a topic.", nameof(Topic));
        }

        if (BatchSize is < 1 or > 10_000)
        {
            throw new ArgumentOutOfRangeException(nameof(BatchSize), BatchSize, "BatchSize must be between 1 and 10,000.");
        }

        if (MaximumBatchingWindow < TimeSpan.Zero || MaximumBatchingWindow > TimeSpan.FromSeconds(300))
        {
            throw new ArgumentOutOfRangeException(nameof(MaximumBatchingWindow), MaximumBatchingWindow, "MaximumBatchingWindow must be between 0 and 300 seconds.");
        }

        if (MaximumRetryAttempts < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaximumRetryAttempts), MaximumRetryAttempts, "MaximumRetryAttempts cannot be negative.");
        }
    }
}
