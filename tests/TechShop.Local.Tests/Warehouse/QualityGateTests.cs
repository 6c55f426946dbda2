using TechShop.Core.Warehouse;

namespace TechShop.Local.Tests.Warehouse;

public sealed class QualityGateTests : IDisposable
{
    private readonly TestWarehouse _test = new();
    private readonly WarehouseDataset _data = WarehouseDataset.Build(orders: 150, days: 21, customers: 40, products: 25);

    [Fact]
    public async Task Gate_WhenTheBuildIsClean_ShouldRecordEveryCheckUnderTheRunId()
    {
        await _test.LoadAsync(_test.Lake.WriteAll(_data, _data.WeekOf).Select(f => f.Object));
        await _test.BuildSilverAsync();

        var gold = await _test.BuildGoldAsync();

        var gate = gold.Gate!;
        Assert.True(gate.Passed);
        Assert.Equal(new QualityAlarmMetric("TechShop", "QualityGateFailures", 0), gate.AlarmMetric);
        Assert.Equal(gate.Results.Count, await _test.CountAsync($"QUALITY.RESULTS WHERE run_id = '{gate.RunId}'"));
        Assert.Equal(gate.Results.Count, await _test.CountAsync($"QUALITY.RESULTS WHERE run_id = '{gate.RunId}' AND status = 'PASS'"));
        var names = gate.Results.Select(r => r.CheckName).ToHashSet();
        Assert.Contains("unique:fact_sales(order_number)", names);
        Assert.Contains("not_null:fact_sales.customer_key", names);
        Assert.Contains("references:fact_sales.customer_sk->dim_customer", names);
        Assert.Contains("accepted_values:fact_sales.status", names);
        Assert.Contains("null_ratio:silver.orders.status", names);
        Assert.Contains("completeness:bronze.orders->silver.orders", names);
        Assert.Contains("freshness:hours since the last bronze load", names);
        Assert.All(gate.Results, r => Assert.Equal(QualityCheckStatus.Pass, r.Status));
    }

    [Fact]
    public async Task Gate_WhenAFactLosesItsDimension_ShouldFailAndKeepTheLastGoodViews()
    {
        await _test.LoadAsync(_test.Lake.WriteAll(_data, _data.WeekOf).Select(f => f.Object));
        await _test.BuildSilverAsync();
        await _test.BuildGoldAsync();
        var goodRevenue = await _test.ScalarAsync("SELECT SUM(revenue_usd) FROM GOLD.VW_ORDER_KPIS_BY_MONTH");
        var goodOrders = await _test.CountAsync("GOLD.FACT_SALES");
        var day = _data.LastDay.AddDays(1);
        var stray = new WarehouseDataset { FirstDay = day, LastDay = day };
        stray.AddOrderFor(950_000, _data.LastDay, customerKey: 3, storeKey: 404, currency: "USD");
        await _test.LoadAsync(_test.Lake.WriteAll(stray).Select(f => f.Object));
        await _test.BuildSilverAsync();

        var gold = await _test.BuildGoldAsync();

        Assert.Equal(GoldBuildStatus.GateFailed, gold.Status);
        Assert.Equal(
            [("references:fact_product_sales.store_key->dim_store", 1.0, 0.0), ("references:fact_sales.store_key->dim_store", 1.0, 0.0)],
            gold.Gate!.Failures.Select(f => (f.CheckName, f.ObservedValue, f.Threshold)));
        Assert.Equal(2, gold.Gate.AlarmMetric.Value);
        Assert.Equal(goodRevenue, await _test.ScalarAsync("SELECT SUM(revenue_usd) FROM GOLD.VW_ORDER_KPIS_BY_MONTH"));
        Assert.Equal(goodOrders, await _test.CountAsync("GOLD.FACT_SALES"));
        Assert.Equal(goodOrders + 1, await _test.CountAsync("GOLD_STAGE.FACT_SALES"));
        Assert.Equal(2, await _test.CountAsync($"QUALITY.RESULTS WHERE run_id = '{gold.RunId}' AND status = 'FAIL'"));
    }

    [Fact]
    public async Task Gate_WhenAnOrderHasNoRateForItsDate_ShouldMarkTheRowAndWarnWithoutBlocking()
    {
        await _test.LoadAsync(_test.Lake.WriteAll(_data, _data.WeekOf).Select(f => f.Object));
        var day = _data.LastDay.AddDays(1);
        var late = new WarehouseDataset { FirstDay = day, LastDay = day };
        late.AddOrderFor(960_000, day, customerKey: 3, currency: "EUR");
        await _test.LoadAsync(_test.Lake.WriteAll(late).Select(f => f.Object));
        await _test.BuildSilverAsync();

        var gold = await _test.BuildGoldAsync();

        Assert.Equal(GoldBuildStatus.Published, gold.Status);
        var warning = Assert.Single(gold.Gate!.Results, r => r.Status == QualityCheckStatus.Warn);
        Assert.Equal(("references:fact_sales->dim_exchange_rates(rate of the order date)", 1.0), (warning.CheckName, warning.ObservedValue));
        var row = await _test.Warehouse.QueryAsync("SELECT is_rate_missing, revenue_usd, revenue_local FROM GOLD.FACT_SALES WHERE order_number = 960000");
        Assert.Equal([true, null, 199.98m], row.Rows.Single());
    }

    public void Dispose() => _test.Dispose();
}
