using TechShop.Core.Domain;
using TechShop.Core.Extracts;

namespace TechShop.Local.Tests.Warehouse;

/// <summary>
/// The gold figures computed independently in C# from the dataset's records with Core's <see cref="Money"/> rule:
/// each order's latest header (by updated_at), its lines converted at the rate of its order date, rounded per line.
/// </summary>
internal sealed class ExpectedFigures
{
    public ExpectedFigures(WarehouseDataset data)
    {
        var stores = data.Stores.Select(s => s.Row).ToDictionary(s => s.StoreKey);
        var headers = data.Orders.Select(o => o.Row).GroupBy(o => o.OrderNumber).ToDictionary(g => g.Key, g => g.MaxBy(o => o.UpdatedAt)!);
        OrderCount = headers.Count;
        LineCount = data.Lines.Count;
        foreach (var line in data.Lines.Select(l => l.Row))
        {
            var order = headers[line.OrderNumber];
            var usd = Money.LineToUsd(line.Quantity, line.UnitPrice, data.RateOf(order.OrderDate, order.CurrencyCode));
            var month = new DateOnly(order.OrderDate.Year, order.OrderDate.Month, 1);
            var key = (month, stores[order.StoreKey].Country);
            RevenueByMonthAndCountry[key] = RevenueByMonthAndCountry.GetValueOrDefault(key) + usd;
            GrossRevenueUsd += usd;
            if (order.Status is OrderStatus.Cancelled or OrderStatus.Returned)
            {
                RevenueAtRiskUsd += usd;
            }
        }

        AverageOrderValueUsd = Money.Round(GrossRevenueUsd / OrderCount);
    }

    public int OrderCount { get; }

    public int LineCount { get; }

    public decimal GrossRevenueUsd { get; }

    public decimal RevenueAtRiskUsd { get; }

    public decimal AverageOrderValueUsd { get; }

    public Dictionary<(DateOnly Month, string Country), decimal> RevenueByMonthAndCountry { get; } = [];

    public static OrderRow LatestHeader(WarehouseDataset data, long orderNumber) =>
        data.Orders.Select(o => o.Row).Where(o => o.OrderNumber == orderNumber).MaxBy(o => o.UpdatedAt)!;
}
