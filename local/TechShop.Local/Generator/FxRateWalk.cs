using TechShop.Core.Domain;

namespace TechShop.Local.Generator;

/// <summary>
/// Daily exchange rates (USD per unit) as mean-reverting random walks in log space around the real 2021–2025
/// levels; USD is 1 every day. Six decimals, like the rates a treasury feed publishes.
/// </summary>
internal static class FxRateWalk
{
    private static readonly (string Currency, double Start, double Mean, double DailyVolatility)[] Walks =
    [
        ("CAD", 0.785, 0.75, 0.0035),
        ("AUD", 0.770, 0.69, 0.0055),
        ("EUR", 1.220, 1.10, 0.0040),
        ("GBP", 1.365, 1.27, 0.0045),
    ];

    public static List<ExchangeRate> Create(SeededRandom random, DateOnly from, DateOnly to)
    {
        var days = to.DayNumber - from.DayNumber + 1;
        var rates = new List<ExchangeRate>(days * Currencies.Supported.Count);
        var levels = Walks.Select(w => Math.Log(w.Start)).ToArray();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            rates.Add(new ExchangeRate(day, Currencies.Usd, 1.000000m));
            for (var i = 0; i < Walks.Length; i++)
            {
                var (currency, _, mean, volatility) = Walks[i];
                levels[i] += 0.004 * (Math.Log(mean) - levels[i]) + volatility * random.NextGaussian();
                rates.Add(new ExchangeRate(day, currency, Math.Round((decimal)Math.Exp(levels[i]), 6, MidpointRounding.AwayFromZero)));
            }
        }

        return rates;
    }
}
