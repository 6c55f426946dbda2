using TechShop.Core.Domain;

namespace TechShop.Core.Enrichment;

/// <summary>
/// The exchange rates in force per currency and date, updated by fx-rate events. A lookup is exact by date: an
/// order's rate is the one of its order date (CONTRACTS.md "Money and revenue"), never the nearest. USD is 1.
/// Not thread-safe: one table per batch processor, which handles one batch at a time.
/// </summary>
public sealed class FxRateTable
{
    private readonly Dictionary<long, decimal> _rates = [];

    /// <summary>The number of (currency, date) rates held.</summary>
    public int Count => _rates.Count;

    /// <summary>Sets the rate of a currency on a date (a later event for the same date replaces it).</summary>
    /// <exception cref="ArgumentException">The currency is not supported or the rate is not positive.</exception>
    public void Set(ExchangeRate rate)
    {
        ArgumentNullException.ThrowIfNull(rate);
        var index = CurrencyIndex(rate.Currency);
        if (index < 0)
        {
            throw new ArgumentException(
                $"Exchange rate currency '{rate.Currency}' is not one of {string.Join(", ", Currencies.Supported)}.", nameof(rate));
        }

        if (rate.RateToUsd <= 0m)
        {
            throw new ArgumentException(
                $"Exchange rate {rate.Currency} on {rate.Date:yyyy-MM-dd} is {rate.RateToUsd}; expected a positive USD rate.", nameof(rate));
        }

        _rates[Key(index, rate.Date)] = rate.RateToUsd;
    }

    /// <summary>The rate of <paramref name="currency"/> on <paramref name="date"/>; false when none is known.</summary>
    public bool TryGetRate(string currency, DateOnly date, out decimal rateToUsd)
    {
        var index = CurrencyIndex(currency);
        if (index == 0)
        {
            rateToUsd = 1m;
            return true;
        }

        if (index < 0)
        {
            rateToUsd = 0m;
            return false;
        }

        return _rates.TryGetValue(Key(index, date), out rateToUsd);
    }

    /// <summary>Whether a rate is known, without reading it (USD always is).</summary>
    public bool Contains(string currency, DateOnly date) => TryGetRate(currency, date, out _);

    // A (currency, day) pair packed in one long keeps lookups free of string hashing and tuple allocation.
    private static long Key(int currencyIndex, DateOnly date) => ((long)currencyIndex << 32) | (uint)date.DayNumber;

    private static int CurrencyIndex(string currency)
    {
        var supported = Currencies.Supported;
        for (var i = 0; i < supported.Count; i++)
        {
            if (string.Equals(supported[i], currency, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
