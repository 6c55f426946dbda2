using TechShop.Core.Domain;

namespace TechShop.Local.Generator;

/// <summary>The generated rates by (currency, day), for pricing orders and valuing them in USD.</summary>
internal sealed class FxRateTable
{
    private readonly Dictionary<(string Currency, DateOnly Date), decimal> _rates;

    public FxRateTable(IEnumerable<ExchangeRate> rates) =>
        _rates = rates.ToDictionary(r => (r.Currency, r.Date), r => r.RateToUsd);

    public bool TryGetRate(string currency, DateOnly date, out decimal rateToUsd) => _rates.TryGetValue((currency, date), out rateToUsd);

    public decimal RateToUsd(string currency, DateOnly date) =>
        TryGetRate(currency, date, out var rate)
            ? rate
            : throw new KeyNotFoundException($"No {currency} rate for {date:yyyy-MM-dd}: the generated period does not cover it.");
}
