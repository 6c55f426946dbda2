namespace TechShop.Keyspaces.Session;

/// <summary>Retries of transient failures (throttling as timeouts, Overloaded, Unavailable, Server error, lost connections).</summary>
public sealed record RetryOptions
{
    /// <summary>Sends per request including the first; default 5 (AWS's plugin defaults to 3; throttling bursts last about a second).</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>Shortest wait between attempts; default 20 ms.</summary>
    public TimeSpan MinBackoff { get; init; } = TimeSpan.FromMilliseconds(20);

    /// <summary>Longest wait between attempts; default 1 s.</summary>
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(1);
}
