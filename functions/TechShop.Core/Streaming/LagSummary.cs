namespace TechShop.Core.Streaming;

/// <summary>Nearest-rank percentiles of a set of lags, in milliseconds; all zero when there are no samples.</summary>
public readonly record struct LagSummary(int Samples, long P50Ms, long P99Ms, long MaxMs)
{
    /// <summary>Summarises lags (the span is sorted in place).</summary>
    public static LagSummary Of(Span<long> lagsMs)
    {
        if (lagsMs.IsEmpty)
        {
            return default;
        }

        lagsMs.Sort();
        return new LagSummary(lagsMs.Length, NearestRank(lagsMs, 50), NearestRank(lagsMs, 99), lagsMs[^1]);
    }

    /// <summary>The nearest-rank percentile of sorted values: the value at rank ⌈p/100 × n⌉ (1-based).</summary>
    public static long NearestRank(ReadOnlySpan<long> sorted, int percentile)
    {
        if (sorted.IsEmpty)
        {
            throw new ArgumentException("A percentile needs at least one value.", nameof(sorted));
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(percentile);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percentile, 100);
        var rank = (int)Math.Ceiling(percentile / 100.0 * sorted.Length);
        return sorted[Math.Max(rank, 1) - 1];
    }
}
