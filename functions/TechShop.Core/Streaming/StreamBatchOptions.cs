namespace TechShop.Core.Streaming;

/// <summary>Settings of the stream batch processor.</summary>
public sealed record StreamBatchOptions
{
    /// <summary>Retries of transient store and dead-letter failures. Default <see cref="RetryOptions.Default"/>.</summary>
    public RetryOptions Retry { get; init; } = RetryOptions.Default;

    /// <summary>Most rows per store call (one unlogged batch of one partition on Keyspaces). Default 30.</summary>
    public int MaxRowsPerWrite { get; init; } = 30;

    /// <summary>Store calls in flight at once. Default 8.</summary>
    public int MaxConcurrentWrites { get; init; } = 8;

    public static StreamBatchOptions Default { get; } = new();

    /// <summary>Throws when a setting is out of range, naming it.</summary>
    public void Validate()
    {
        Retry.Validate();
        if (MaxRowsPerWrite < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxRowsPerWrite), MaxRowsPerWrite, "StreamBatchOptions.MaxRowsPerWrite must be at least 1.");
        }

        if (MaxConcurrentWrites < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxConcurrentWrites), MaxConcurrentWrites, "StreamBatchOptions.MaxConcurrentWrites must be at least 1.");
        }
    }
}
