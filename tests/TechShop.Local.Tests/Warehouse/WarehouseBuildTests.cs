using TechShop.Core.Domain;
using TechShop.Core.Warehouse;

namespace TechShop.Local.Tests.Warehouse;

public sealed class WarehouseBuildTests : IDisposable
{
    private readonly TestWarehouse _test = new();
    private readonly WarehouseDataset _data = WarehouseDataset.Build(orders: 250, days: 35, customers: 80, products: 40);

    [Fact]
    public async Task Build_WhenAllExtractsAreLoaded_ShouldBuildEveryModelAndPublishGold()
    {
        await _test.LoadAsync(_test.Lake.WriteAll(_data, _data.WeekOf).Select(f => f.Object));

        var silver = await _test.BuildSilverAsync();
        var gold = await _test.BuildGoldAsync();

        Assert.False(silver.UpToDate);
        Assert.Equal(7, silver.Models.Count);
        Assert.Equal(GoldBuildStatus.Published, gold.Status);
        Assert.Equal(
            ["gold.dim_customer", "gold.dim_date", "gold.dim_exchange_rates", "gold.dim_product", "gold.dim_store", "gold.fact_product_sales", "gold.fact_sales"],
            gold.Models.Where(m => m.Model.StartsWith("gold.", StringComparison.Ordinal)).Select(m => m.Model).Order(StringComparer.Ordinal));
        Assert.Equal(8, gold.Models.Count(m => m.Model.StartsWith("reporting.", StringComparison.Ordinal)));
        Assert.Equal(9, await _test.CountAsync("GOLD.DIM_STORE"));
        Assert.Equal(40, await _test.CountAsync("GOLD.DIM_PRODUCT"));
        Assert.Equal(80, await _test.CountAsync("GOLD.DIM_CUSTOMER"));
        Assert.Equal(365, await _test.CountAsync("GOLD.DIM_DATE"));
        Assert.Equal(35 * 4, await _test.CountAsync("GOLD.DIM_EXCHANGE_RATES"));
        var gross = await _test.ScalarAsync("SELECT SUM(revenue_usd) FROM GOLD.FACT_SALES");
        Assert.Equal(gross, await _test.ScalarAsync("SELECT SUM(revenue_usd) FROM GOLD.VW_SALES_BY_QUARTER_CATEGORY"));
        Assert.Equal(gross, await _test.ScalarAsync("SELECT SUM(revenue_usd) FROM GOLD.VW_TOP_BRANDS"));
        Assert.Equal(gross, await _test.ScalarAsync("SELECT SUM(revenue_usd) FROM GOLD.VW_CHANNEL_MIX"));
        Assert.Equal(gross, await _test.ScalarAsync("SELECT SUM(revenue_usd) FROM GOLD.VW_STORE_PERFORMANCE"));
        Assert.Equal(80m, await _test.ScalarAsync("SELECT SUM(customers) FROM GOLD.VW_CUSTOMER_DEMOGRAPHICS"));
        Assert.Equal(
            await _test.ScalarAsync("SELECT COUNT(DISTINCT customer_key) FROM GOLD.FACT_SALES"),
            await _test.ScalarAsync("SELECT COUNT(*) FROM GOLD.VW_CUSTOMER_RFM WHERE r_score BETWEEN 1 AND 5 AND segment IS NOT NULL"));
        foreach (var view in new[] { "VW_SALES_BY_QUARTER_CATEGORY", "VW_ORDER_KPIS_BY_MONTH", "VW_TOP_BRANDS", "VW_CUSTOMER_DEMOGRAPHICS", "VW_STORE_PERFORMANCE", "VW_CHANNEL_MIX", "VW_CUSTOMER_RFM", "VW_DAILY_REVENUE" })
        {
            Assert.True(await _test.CountAsync("GOLD." + view) > 0, view);
        }
    }

    [Fact]
    public async Task Build_WhenPublished_ShouldHaveTheSameFiguresAsCSharpWithTheMoneyRule()
    {
        var expected = new ExpectedFigures(_data);
        await _test.LoadAsync(_test.Lake.WriteAll(_data, _data.WeekOf).Select(f => f.Object));
        await _test.BuildSilverAsync();
        await _test.BuildGoldAsync();

        var byMonth = await _test.Warehouse.QueryAsync(
            "SELECT CAST(DATE_TRUNC('month', f.order_date) AS DATE) AS month, s.country, SUM(f.revenue_usd) AS revenue "
            + "FROM GOLD.FACT_SALES f JOIN GOLD.DIM_STORE s ON s.store_key = f.store_key GROUP BY ALL");
        var actual = byMonth.Rows.ToDictionary(r => ((DateOnly)r[0]!, (string)r[1]!), r => (decimal)r[2]!);
        Assert.Equal(expected.RevenueByMonthAndCountry.OrderBy(e => e.Key), actual.OrderBy(e => e.Key));

        var totals = await _test.Warehouse.QueryAsync(
            "SELECT COUNT(*) AS orders, SUM(line_count) AS lines, SUM(revenue_usd) AS gross, SUM(revenue_at_risk_usd) AS at_risk, "
            + "SUM(net_revenue_usd) AS net FROM GOLD.FACT_SALES");
        Assert.Equal(
            [(long)expected.OrderCount, (decimal)expected.LineCount, expected.GrossRevenueUsd, expected.RevenueAtRiskUsd, expected.GrossRevenueUsd - expected.RevenueAtRiskUsd],
            totals.Rows[0].Select(v => v is long l && v != totals.Rows[0][0] ? (decimal)l : v));
        Assert.Equal((long)expected.LineCount, await _test.CountAsync("GOLD.FACT_PRODUCT_SALES"));
        Assert.Equal(expected.GrossRevenueUsd, await _test.ScalarAsync("SELECT SUM(revenue_usd) FROM GOLD.FACT_PRODUCT_SALES"));

        var daily = await _test.Warehouse.QueryAsync("SELECT order_date, gross_revenue_usd FROM GOLD.VW_DAILY_REVENUE");
        Assert.Equal(
            _data.Lines.GroupBy(l => ExpectedFigures.LatestHeader(_data, l.Row.OrderNumber).OrderDate)
                .ToDictionary(g => g.Key, g => g.Sum(l => Money.LineToUsd(l.Row.Quantity, l.Row.UnitPrice, _data.RateOf(g.Key, ExpectedFigures.LatestHeader(_data, l.Row.OrderNumber).CurrencyCode))))
                .OrderBy(e => e.Key),
            daily.Rows.ToDictionary(r => (DateOnly)r[0]!, r => (decimal)r[1]!).OrderBy(e => e.Key));

        var aov = await _test.ScalarAsync(
            "SELECT CAST(ROUND(DIV0(SUM(revenue_usd), SUM(orders)), 2) AS DECIMAL(18,2)) FROM GOLD.VW_ORDER_KPIS_BY_MONTH");
        Assert.Equal(expected.AverageOrderValueUsd, aov);
    }

    [Fact]
    public async Task Build_WhenAnOrderUpdateArrivesInALaterFile_ShouldMergeTheLatestStatus()
    {
        var files = _test.Lake.WriteAll(_data, _data.WeekOf);
        var cancelled = _data.Orders.First(o => o.Row.Status == OrderStatus.Cancelled && _data.WeekOf(o.Day) != _data.WeekOf(o.Row.OrderDate));
        await _test.LoadAsync(files.Where(f => f.Day < _data.WeekOf(cancelled.Day)).Select(f => f.Object));
        await _test.BuildSilverAsync();
        var before = await _test.ScalarAsync($"SELECT status FROM SILVER.ORDERS WHERE order_number = {cancelled.Row.OrderNumber}");

        await _test.LoadAsync(files.Where(f => f.Day >= _data.WeekOf(cancelled.Day)).Select(f => f.Object));
        var silver = await _test.BuildSilverAsync();
        await _test.BuildGoldAsync();

        Assert.Equal("PLACED", before);
        Assert.False(silver.UpToDate);
        Assert.Equal("CANCELLED", await _test.ScalarAsync($"SELECT status FROM SILVER.ORDERS WHERE order_number = {cancelled.Row.OrderNumber}"));
        Assert.Equal(true, await _test.ScalarAsync($"SELECT is_cancelled FROM GOLD.FACT_SALES WHERE order_number = {cancelled.Row.OrderNumber}"));
        Assert.Equal(new ExpectedFigures(_data).OrderCount, await _test.CountAsync("SILVER.ORDERS"));
    }

    [Fact]
    public async Task Build_WhenAnOlderOrderVersionArrivesLate_ShouldKeepTheNewerOne()
    {
        var files = _test.Lake.WriteAll(_data, _data.WeekOf);
        await _test.LoadAsync(files.Select(f => f.Object));
        await _test.BuildSilverAsync();
        var delivered = _data.Orders.Select(o => o.Row)
            .First(o => o.Status == OrderStatus.Delivered && ExpectedFigures.LatestHeader(_data, o.OrderNumber).Status == OrderStatus.Delivered);
        var stale = delivered with { Status = OrderStatus.Paid, UpdatedAt = delivered.UpdatedAt.AddDays(-1) };
        var late = _test.Lake.WriteRows("orders", _data.LastDay.AddDays(1), [stale], ExtractWriter.WriteOrder);

        await _test.LoadAsync([late]);
        await _test.BuildSilverAsync();

        Assert.Equal("DELIVERED", await _test.ScalarAsync($"SELECT status FROM SILVER.ORDERS WHERE order_number = {delivered.OrderNumber}"));
    }

    [Fact]
    public async Task Build_WhenRunAgainWithNothingNew_ShouldChangeNothing()
    {
        await _test.LoadAsync(_test.Lake.WriteAll(_data, _data.WeekOf).Select(f => f.Object));
        await _test.BuildSilverAsync();
        await _test.BuildGoldAsync();
        var gross = await _test.ScalarAsync("SELECT SUM(revenue_usd) FROM GOLD.FACT_SALES");

        var silver = await _test.BuildSilverAsync();
        var gold = await _test.BuildGoldAsync();

        Assert.True(silver.UpToDate);
        Assert.Equal(GoldBuildStatus.Published, gold.Status);
        Assert.Equal(gross, await _test.ScalarAsync("SELECT SUM(revenue_usd) FROM GOLD.FACT_SALES"));
        Assert.Equal((long)new ExpectedFigures(_data).OrderCount, await _test.CountAsync("GOLD.FACT_SALES"));
    }

    [Fact]
    public async Task GoldBuild_WhenBronzeHasLoadsSilverHasNotMerged_ShouldNotBuild()
    {
        var files = _test.Lake.WriteAll(_data, _data.WeekOf);
        await _test.LoadAsync(files.Where(f => f.Day == _data.FirstDay).Select(f => f.Object));
        await _test.BuildSilverAsync();
        await _test.LoadAsync(files.Where(f => f.Day == _data.FirstDay.AddDays(7)).Select(f => f.Object));

        var gold = await _test.BuildGoldAsync();

        Assert.Equal(GoldBuildStatus.SilverBehind, gold.Status);
        Assert.True(gold.BronzeHighWater > gold.SilverHighWater);
        Assert.Null(gold.Gate);
        Assert.Equal(0, await _test.CountAsync("information_schema.tables WHERE table_schema = 'GOLD'"));
    }

    public void Dispose() => _test.Dispose();
}
