using System.Diagnostics;
using TechShop.Core.Warehouse;
using Xunit.Abstractions;

namespace TechShop.Local.Tests.Warehouse;

/// <summary>
/// A full bronze → gold build at the retailer's size (26k orders, ~65k lines, 15k customers, 2.5k products, five
/// years of daily rates), in monthly extract files. Prints each step's seconds; asserts the figures, not the times.
/// </summary>
public sealed class WarehouseScaleMeasurement(ITestOutputHelper output) : IDisposable
{
    private readonly TestWarehouse _test = new();

    [ScaleFact]
    public async Task FullBuild_AtRealisticSize_ShouldPublishTheCSharpFigures()
    {
        var clock = Stopwatch.StartNew();
        var data = WarehouseDataset.Build(orders: 26_000, days: 1_826, customers: 15_000, products: 2_500);
        var files = _test.Lake.WriteAll(data, d => new DateOnly(d.Year, d.Month, 1));
        output.WriteLine($"dataset: {data.Orders.Count} order rows, {data.Lines.Count} lines, {files.Count} files written in {clock.Elapsed.TotalSeconds:F1} s");

        clock.Restart();
        await _test.LoadAsync(files.Select(f => f.Object));
        output.WriteLine($"bronze load: {clock.Elapsed.TotalSeconds:F1} s");
        clock.Restart();
        var silver = await _test.BuildSilverAsync();
        output.WriteLine($"silver build: {clock.Elapsed.TotalSeconds:F1} s ({string.Join(", ", silver.Models.Select(m => $"{m.Model} {m.Elapsed.TotalSeconds:F2}"))})");
        clock.Restart();
        var gold = await _test.BuildGoldAsync();
        output.WriteLine($"gold build + gate + publish: {clock.Elapsed.TotalSeconds:F1} s ({string.Join(", ", gold.Models.Select(m => $"{m.Model} {m.Elapsed.TotalSeconds:F2}"))})");

        var expected = new ExpectedFigures(data);
        Assert.Equal(GoldBuildStatus.Published, gold.Status);
        var totals = await _test.Warehouse.QueryAsync("SELECT COUNT(*), SUM(line_count), SUM(revenue_usd) FROM GOLD.FACT_SALES");
        Assert.Equal([(long)expected.OrderCount, (decimal)expected.LineCount, expected.GrossRevenueUsd], totals.Rows[0].Select(v => v is decimal d ? d : v));
        output.WriteLine($"orders {expected.OrderCount}, lines {expected.LineCount}, gross revenue USD {expected.GrossRevenueUsd}, AOV {expected.AverageOrderValueUsd}");

        // The daily increment: one more day's extract of 200 order updates, merged and republished.
        var nextDay = data.LastDay.AddDays(1);
        var updates = data.Orders.Select(o => o.Row).GroupBy(o => o.OrderNumber).Select(g => g.MaxBy(o => o.UpdatedAt)!)
            .Where(o => o.Status == Core.Domain.OrderStatus.Delivered).Take(200)
            .Select(o => o with { Status = Core.Domain.OrderStatus.Returned, UpdatedAt = nextDay.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc) })
            .ToList();
        clock.Restart();
        await _test.LoadAsync([_test.Lake.WriteRows("orders", nextDay, updates, ExtractWriter.WriteOrder)]);
        var incremental = await _test.BuildSilverAsync();
        var republished = await _test.BuildGoldAsync();
        output.WriteLine($"daily increment (200 order updates): load + silver + gold + gate + publish {clock.Elapsed.TotalSeconds:F1} s");
        Assert.Equal(GoldBuildStatus.Published, republished.Status);
        Assert.False(incremental.UpToDate);
        Assert.Equal(200L, await _test.ScalarAsync("SELECT COUNT(*) FROM GOLD.FACT_SALES WHERE is_returned AND order_number IN (SELECT order_number FROM SILVER.ORDERS WHERE updated_at >= " + SqlLiteral.Timestamp(nextDay.ToDateTime(TimeOnly.MinValue)) + ")"));
    }

    public void Dispose() => _test.Dispose();
}
