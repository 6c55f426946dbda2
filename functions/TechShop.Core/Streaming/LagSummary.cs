namespace TechShop.Core.Streaming;

/// <summary>Nearest-rank percentiles of a set of lags, in milliseconds; all zero when there are no samples.</summary>
public readonly record struct LagSummary(int Samples, long P50Ms, long P99Ms, long MaxMs)
{
    /// <summary>Summarises lags (the span is reordered in place).</summary>
    /// <remarks>Selection rather than a sort: this runs twice per batch and per partition slice, over up to 10,000 lags.</remarks>
    public static LagSummary Of(Span<long> lagsMs)
    {
        if (lagsMs.IsEmpty)
        {
            return default;
        }

        var p50 = Select(lagsMs, RankIndex(50, lagsMs.Length));
        var p99 = Select(lagsMs, RankIndex(99, lagsMs.Length));
        var max = lagsMs[0];
        foreach (var lag in lagsMs)
        {
            max = Math.Max(max, lag);
        }

        return new LagSummary(lagsMs.Length, p50, p99, max);
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
        return sorted[RankIndex(percentile, sorted.Length)];
    }

    // The 0-based index of the nearest rank ⌈p/100 × n⌉.
    private static int RankIndex(int percentile, int count) => Math.Max((int)Math.Ceiling(percentile / 100.0 * count), 1) - 1;

    // The value that would be at index k if the span were sorted (Hoare's selection; the span is partly reordered).
    private static long Select(Span<long> values, int k)
    {
        int low = 0, high = values.Length - 1;
        while (high - low >= 16)
        {
            var middle = low + ((high - low) / 2);
            if (values[middle] < values[low])
            {
                (values[middle], values[low]) = (values[low], values[middle]);
            }

            if (values[high] < values[low])
            {
                (values[high], values[low]) = (values[low], values[high]);
            }

            if (values[high] < values[middle])
            {
                (values[high], values[middle]) = (values[middle], values[high]);
            }

            var pivot = values[middle];
            int i = low, j = high;
            while (i <= j)
            {
                while (values[i] < pivot)
                {
                    i++;
                }

                while (values[j] > pivot)
                {
                    j--;
                }

                if (i <= j)
                {
                    (values[i], values[j]) = (values[j], values[i]);
                    i++;
                    j--;
                }
            }

            if (k <= j)
            {
                high = j;
            }
            else if (k >= i)
            {
                low = i;
            }
            else
            {
                return values[k];
            }
        }

        values[low..(high + 1)].Sort();
        return values[k];
    }
}
