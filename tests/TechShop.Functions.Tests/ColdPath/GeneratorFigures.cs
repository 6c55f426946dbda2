using TechShop.Core.Domain;
using TechShop.Local.Generator;

namespace TechShop.Functions.Tests.ColdPath;

/// <summary>
/// Gold's headline figures computed independently in C# from the generator's own records: every order's gross revenue
/// (its lines at the order date's rate, CONTRACTS.md "Money and revenue") by order month and the country of its store.
/// </summary>
internal sealed class GeneratorFigures
{
    public GeneratorFigures(TechShopDataset dataset)
    {
        var countries = dataset.Stores.ToDictionary(s => s.StoreKey, s => s.Country);
        foreach (var order in dataset.Orders)
        {
            var placed = order.Placed;
            var key = (new DateOnly(placed.OrderDate.Year, placed.OrderDate.Month, 1), countries[order.Current.StoreKey]);
            RevenueByMonthAndCountry[key] = RevenueByMonthAndCountry.GetValueOrDefault(key) + LinesUsd(dataset, placed);
            LineCount += placed.Lines.Count;
        }

        OrderCount = dataset.Orders.Count;
        GrossRevenueUsd = RevenueByMonthAndCountry.Values.Sum();
        AverageOrderValueUsd = Money.Round(GrossRevenueUsd / OrderCount);
    }

    public Dictionary<(DateOnly Month, string Country), decimal> RevenueByMonthAndCountry { get; } = [];

    public int OrderCount { get; }

    public int LineCount { get; }

    public decimal GrossRevenueUsd { get; }

    public decimal AverageOrderValueUsd { get; }

    // Recomputed from the lines rather than read from GeneratedOrder.GrossRevenueUsd, so the generator's sum is checked too.
    private static decimal LinesUsd(TechShopDataset dataset, OrderEvent order)
    {
        var rate = 1m;
        if (order.CurrencyCode != Currencies.Usd && !dataset.TryGetRate(order.CurrencyCode, order.OrderDate, out rate))
        {
            throw new InvalidOperationException($"The generator has no {order.CurrencyCode} rate on {order.OrderDate}.");
        }

        return order.Lines.Sum(l => Money.LineToUsd(l.Quantity, l.UnitPrice, rate));
    }
}
