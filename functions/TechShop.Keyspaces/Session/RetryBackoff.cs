namespace TechShop.Keyspaces.Session;

/// <summary>Jittered exponential backoff: min × 2^(attempt-1), scaled by a random factor in [0.5, 1], clamped to [min, max].</summary>
public sealed class RetryBackoff
{
    private readonly RetryOptions _options;
    private readonly Func<double> _random;

    /// <summary>Creates the backoff; <paramref name="random"/> returns values in [0, 1) (default: shared Random).</summary>
    public RetryBackoff(RetryOptions options, Func<double>? random = null)
    {
        _options = options;
        _random = random ?? Random.Shared.NextDouble;
    }

    /// <summary>The wait after failed attempt number <paramref name="attempt"/> (1-based).</summary>
    public TimeSpan Delay(int attempt)
    {
        var min = _options.MinBackoff.TotalMilliseconds;
        var max = _options.MaxBackoff.TotalMilliseconds;
        var exponential = min * Math.Pow(2, Math.Min(attempt - 1, 30));
        var jittered = exponential * (0.5 + (0.5 * _random()));
        return TimeSpan.FromMilliseconds(Math.Clamp(jittered, min, Math.Max(min, max)));
    }
}
