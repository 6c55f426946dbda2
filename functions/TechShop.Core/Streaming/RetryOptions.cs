namespace TechShop.Core.Streaming;

/// <summary>How transient store and dead-letter failures are retried: jittered exponential backoff ("full jitter").</summary>
public sealed record RetryOptions
{
    /// <summary>Attempts in all, the first included. Default 5.</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>The backoff ceiling before the first retry; it doubles per retry. Default 20 ms.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(20);

    /// <summary>The largest backoff ceiling. Default 1 s.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The defaults: 5 attempts, 20 ms doubling up to 1 s, as AWS's Keyspaces retry policy suggests.</summary>
    public static RetryOptions Default { get; } = new();

    /// <summary>Throws when a setting is out of range, naming it.</summary>
    public void Validate()
    {
        if (MaxAttempts < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxAttempts), MaxAttempts, "RetryOptions.MaxAttempts must be at least 1.");
        }

        if (BaseDelay < TimeSpan.Zero || MaxDelay < BaseDelay)
        {
            throw new ArgumentOutOfRangeException(nameof(BaseDelay), BaseDelay,
                $"RetryOptions.BaseDelay must be ≥ 0 and ≤ MaxDelay ({MaxDelay}).");
        }
    }
}
