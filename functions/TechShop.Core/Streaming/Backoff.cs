namespace TechShop.Core.Streaming;

/// <summary>
/// Runs an operation, retrying the failures a predicate calls transient with jittered exponential backoff:
/// before retry n the delay is uniform in [0, min(MaxDelay, BaseDelay × 2^(n-1))]. The delay and the jitter
/// source are injectable so tests run without waiting.
/// </summary>
public sealed class Backoff
{
    private readonly RetryOptions _options;
    private readonly Func<TimeSpan, CancellationToken, Task> _delay;
    private readonly Func<double> _jitter;

    /// <param name="options">Attempts and delays.</param>
    /// <param name="delay">Waits for a delay; default <see cref="Task.Delay(TimeSpan, CancellationToken)"/>.</param>
    /// <param name="jitter">A uniform number in [0, 1); default <see cref="Random.Shared"/>.</param>
    public Backoff(RetryOptions? options = null, Func<TimeSpan, CancellationToken, Task>? delay = null, Func<double>? jitter = null)
    {
        _options = options ?? RetryOptions.Default;
        _options.Validate();
        _delay = delay ?? Task.Delay;
        _jitter = jitter ?? Random.Shared.NextDouble;
    }

    /// <summary>The delay before retry <paramref name="retry"/> (1-based) for a jitter draw in [0, 1).</summary>
    public TimeSpan DelayBefore(int retry, double jitter)
    {
        var ceiling = _options.BaseDelay.Ticks * Math.Pow(2, Math.Min(retry - 1, 30));
        var capped = Math.Min(ceiling, _options.MaxDelay.Ticks);
        return TimeSpan.FromTicks((long)(capped * jitter));
    }

    /// <summary>
    /// Runs <paramref name="operation"/> until it succeeds, fails with an exception <paramref name="isTransient"/>
    /// rejects (rethrown at once), or has failed transiently <see cref="RetryOptions.MaxAttempts"/> times (the last
    /// exception is rethrown).
    /// </summary>
    public async Task RunAsync(Func<CancellationToken, Task> operation, Func<Exception, bool> isTransient, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(isTransient);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await operation(cancellationToken);
                return;
            }
            catch (Exception ex) when (attempt < _options.MaxAttempts && isTransient(ex) && !cancellationToken.IsCancellationRequested)
            {
                await _delay(DelayBefore(attempt, _jitter()), cancellationToken);
            }
        }
    }
}
