using TechShop.Core.Domain;
using TechShop.Core.Extracts;
using TechShop.Core.Lake;
using TechShop.Core.Warehouse;
using TechShop.Functions.ColdPath;

namespace TechShop.Functions.Tests.ColdPath;

public sealed class BuildHandlerTests : IDisposable
{
    private readonly ColdPathHarness _harness = new();

    [Fact]
    public async Task GoldBuild_WhenALaterExtractUpdatesAnOrder_ShouldMergeTheLateStatusIntoGold()
    {
        await PublishSmallPeriodAsync();
        var order = SmallPeriod.Dataset.Orders.First(o => o.Current.Status == OrderStatus.Delivered).Current;
        var revenue = (decimal)(await _harness.ScalarAsync($"SELECT revenue_usd FROM GOLD.FACT_SALES WHERE order_number = {order.OrderNumber}"))!;

        var returned = await LandOrdersAsync(new DateOnly(2024, 3, 20), Row(order, OrderStatus.Returned, new DateTime(2024, 3, 20, 10, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(BronzeRecordStatus.Loaded, Assert.Single((await _harness.NotifyAsync(returned)).Records).Status);
        var silver = await _harness.BuildSilverAsync();
        var gold = await _harness.BuildGoldAsync();

        Assert.Equal("Merged", silver.Status);
        Assert.Equal(GoldBuildStatus.Published, gold.Status);
        var row = (await _harness.Warehouse.QueryAsync(
            $"SELECT status, revenue_usd, revenue_at_risk_usd FROM GOLD.FACT_SALES WHERE order_number = {order.OrderNumber}")).Rows.Single();
        Assert.Equal(("RETURNED", revenue, revenue), ((string)row[0]!, (decimal)row[1]!, (decimal)row[2]!));
        Assert.Equal(SmallPeriod.Dataset.Orders.Count, await _harness.CountAsync("GOLD.FACT_SALES"));
    }

    [Fact]
    public async Task GoldBuild_WhenTheGateFails_ShouldAnswerGateFailedKeepTheLastGoodGoldAndRaiseTheAlarmMetric()
    {
        await PublishSmallPeriodAsync();
        var viewRevenue = await _harness.ScalarAsync("SELECT SUM(gross_revenue_usd) FROM GOLD.VW_DAILY_REVENUE");
        var template = SmallPeriod.Dataset.Orders[0].Current;
        var bad = Row(template, OrderStatus.Placed, new DateTime(2024, 3, 14, 18, 0, 0, DateTimeKind.Utc)) with { OrderNumber = 9_999_999, CurrencyCode = "XXX", OrderDate = new DateOnly(2024, 3, 14) };
        await _harness.NotifyAsync(await LandOrdersAsync(new DateOnly(2024, 3, 15), bad));
        await _harness.BuildSilverAsync();
        var before = _harness.MetricDocuments().Count;

        var gold = await _harness.BuildGoldAsync();

        Assert.Equal(GoldBuildStatus.GateFailed, gold.Status);
        Assert.Contains("accepted_values:fact_sales.currency_code", gold.FailedChecks);
        Assert.Equal(gold.FailedChecks.Count, gold.ChecksFailed);
        Assert.Equal(0L, await _harness.ScalarAsync("SELECT COUNT(*) FROM GOLD.FACT_SALES WHERE order_number = 9999999"));
        Assert.Equal(1L, await _harness.ScalarAsync("SELECT COUNT(*) FROM GOLD_STAGE.FACT_SALES WHERE order_number = 9999999"));
        Assert.Equal(SmallPeriod.Dataset.Orders.Count, await _harness.CountAsync("GOLD.FACT_SALES"));
        Assert.Equal(viewRevenue, await _harness.ScalarAsync("SELECT SUM(gross_revenue_usd) FROM GOLD.VW_DAILY_REVENUE"));
        var metrics = _harness.MetricDocuments().Skip(before).ToList();
        var alarm = Assert.Single(metrics, d => d.TryGetProperty("QualityGateFailures", out _));
        Assert.Equal(gold.ChecksFailed, alarm.GetProperty("QualityGateFailures").GetDouble());
        Assert.Equal("TechShop", alarm.GetProperty("_aws").GetProperty("CloudWatchMetrics")[0].GetProperty("Namespace").GetString());
        var failed = Assert.Single(metrics, d => d.TryGetProperty("QualityGateFailed", out _) && d.GetProperty("Check").GetString() == "accepted_values:fact_sales.currency_code");
        Assert.Equal("gold", failed.GetProperty("Layer").GetString());
        Assert.Contains(_harness.Lines(), l => l.Contains("the quality gate failed", StringComparison.Ordinal) && l.Contains("\"level\":\"ERROR\"", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task GoldBuild_WhenBronzeHasLoadsSilverHasNotMerged_ShouldAnswerSilverBehindAndBuildOnceSilverCaughtUp()
    {
        await PublishSmallPeriodAsync();
        var order = SmallPeriod.Dataset.Orders[^1].Current;
        await _harness.NotifyAsync(await LandOrdersAsync(new DateOnly(2024, 3, 21), Row(order, OrderStatus.Cancelled, new DateTime(2024, 3, 21, 9, 0, 0, DateTimeKind.Utc))));

        var behind = await _harness.BuildGoldAsync();
        await _harness.BuildSilverAsync();
        var caughtUp = await _harness.BuildGoldAsync();
        var again = await _harness.BuildSilverAsync();

        Assert.Equal(GoldBuildStatus.SilverBehind, behind.Status);
        Assert.Equal((0, 0), (behind.Models, behind.ChecksPassed));
        Assert.True(behind.BronzeHighWater > behind.SilverHighWater);
        Assert.Equal(GoldBuildStatus.Published, caughtUp.Status);
        Assert.Equal("UpToDate", again.Status);
        Assert.Equal("CANCELLED", await _harness.ScalarAsync($"SELECT status FROM GOLD.FACT_SALES WHERE order_number = {order.OrderNumber}"));
    }

    public void Dispose() => _harness.Dispose();

    private async Task PublishSmallPeriodAsync()
    {
        await SmallPeriod.LandAndLoadAsync(_harness);
        Assert.Equal("Merged", (await _harness.BuildSilverAsync()).Status);
        Assert.Equal(GoldBuildStatus.Published, (await _harness.BuildGoldAsync()).Status);
    }

    private static OrderRow Row(OrderEvent order, OrderStatus status, DateTime updatedAt) => new(
        order.OrderNumber, order.OrderDate, status == OrderStatus.Returned ? order.DeliveryDate : null, order.CustomerKey, order.StoreKey,
        order.Channel, order.CurrencyCode, order.PaymentMethod, status, updatedAt);

    private Task<LakeObjectInfo> LandOrdersAsync(DateOnly day, params OrderRow[] rows) =>
        _harness.Lake.PutAsync(LakeKey.BatchExtract(ExtractEntity.Orders, day),
            new MemoryStream(ExtractJsonLines.Serialize(rows, ExtractJsonContext.Default.OrderRow)), "application/x-ndjson");
}
