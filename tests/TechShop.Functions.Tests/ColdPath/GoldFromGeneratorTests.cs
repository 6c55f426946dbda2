using TechShop.Core.Warehouse;
using TechShop.Functions.ColdPath;

namespace TechShop.Functions.Tests.ColdPath;

/// <summary>Every extract of two generated months through bronze-load, then silver-build and gold-build, against C# figures.</summary>
public sealed class GoldFromGeneratorTests(GeneratedPeriod period) : IClassFixture<GeneratedPeriod>
{
    private readonly GeneratorFigures _expected = new(period.Dataset);

    [Fact]
    public void BronzeLoad_ShouldLoadEveryExtractRowOnce()
    {
        Assert.All(period.Loads, l => Assert.Equal(BronzeRecordStatus.Loaded, Assert.Single(l.Records).Status));
        Assert.Equal(period.Files.Sum(f => (long)f.RowCount), period.Loads.Sum(l => l.RowsLoaded));
        Assert.Equal("Merged", period.Silver!.Status);
    }

    [Fact]
    public void GoldBuild_ShouldPublishWithEveryErrorCheckPassing()
    {
        var gold = period.Gold!;

        Assert.Equal(GoldBuildStatus.Published, gold.Status);
        Assert.Equal(0, gold.ChecksFailed);
        Assert.Empty(gold.FailedChecks);
        Assert.True(gold.ChecksPassed > 50, $"{gold.ChecksPassed} checks passed");
        Assert.StartsWith("gold-", gold.RunId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gold_ShouldHoldEveryGeneratedOrderAndLine()
    {
        Assert.Equal(_expected.OrderCount, await period.Harness.CountAsync("GOLD.FACT_SALES"));
        Assert.Equal(_expected.LineCount, await period.Harness.CountAsync("GOLD.FACT_PRODUCT_SALES"));
        Assert.Equal(period.Dataset.Orders.Count, _expected.OrderCount);
    }

    [Fact]
    public async Task Gold_RevenueByMonthAndCountry_ShouldEqualTheGeneratorsFigures()
    {
        var rows = await period.Harness.Warehouse.QueryAsync(
            "SELECT CAST(DATE_TRUNC('month', f.order_date) AS DATE) AS month, s.country, SUM(f.revenue_usd) AS revenue "
            + "FROM GOLD.FACT_SALES f JOIN GOLD.DIM_STORE s ON s.store_key = f.store_key GROUP BY ALL ORDER BY 1, 2");
        var actual = rows.Rows.ToDictionary(r => ((DateOnly)r[0]!, (string)r[1]!), r => (decimal)r[2]!);

        Assert.Equal(_expected.RevenueByMonthAndCountry.OrderBy(e => e.Key), actual.OrderBy(e => e.Key));
        Assert.Equal(2, actual.Keys.Select(k => k.Item1).Distinct().Count());
        Assert.Equal(period.Dataset.GrossRevenueUsd, _expected.GrossRevenueUsd);
    }

    [Fact]
    public async Task Gold_AverageOrderValue_ShouldEqualTheGeneratorsFigure()
    {
        var aov = await period.Harness.ScalarAsync("SELECT CAST(ROUND(SUM(revenue_usd) / COUNT(*), 2) AS DECIMAL(18,2)) FROM GOLD.FACT_SALES");
        var viewRevenue = await period.Harness.ScalarAsync("SELECT SUM(revenue_usd) FROM GOLD.VW_ORDER_KPIS_BY_MONTH");

        Assert.Equal(_expected.AverageOrderValueUsd, (decimal)aov!);
        Assert.Equal(period.Dataset.AverageOrderValueUsd, (decimal)aov!);
        Assert.Equal(_expected.GrossRevenueUsd, (decimal)viewRevenue!);
    }

    [Fact]
    public void GoldBuild_ShouldEmitTheGateMetricsOfTheContract()
    {
        var documents = period.Harness.MetricDocuments();
        var alarm = Assert.Single(documents, d => d.TryGetProperty("QualityGateFailures", out _));
        var passed = documents.Where(d => d.TryGetProperty("QualityGatePassed", out _)).ToList();

        Assert.Equal(0, alarm.GetProperty("QualityGateFailures").GetDouble());
        Assert.Equal("[[]]", alarm.GetProperty("_aws").GetProperty("CloudWatchMetrics")[0].GetProperty("Dimensions").GetRawText());
        Assert.Equal(period.Gold!.ChecksPassed, passed.Count);
        Assert.All(passed, d => Assert.Equal("""[["Layer","Check"]]""",
            d.GetProperty("_aws").GetProperty("CloudWatchMetrics")[0].GetProperty("Dimensions").GetRawText()));
        Assert.Contains(passed, d => d.GetProperty("Check").GetString() == "null_ratio:silver.customers.name" && d.GetProperty("Layer").GetString() == "silver");
        Assert.Contains(passed, d => d.GetProperty("Check").GetString() == "unique:fact_sales(order_number)" && d.GetProperty("Layer").GetString() == "gold");
    }

    [Fact]
    public void BronzeLoad_ShouldEmitRecordsInAndWrittenWithTheFunctionDimensionOnly()
    {
        var records = period.Harness.MetricDocuments()
            .Where(d => d.TryGetProperty("RecordsWritten", out _) && d.GetProperty("Function").GetString() == BronzeLoadHandler.HandlerName)
            .ToList();

        Assert.Equal(period.Files.Count, records.Count);
        Assert.All(records, d => Assert.Equal("""[["Function"]]""",
            d.GetProperty("_aws").GetProperty("CloudWatchMetrics")[0].GetProperty("Dimensions").GetRawText()));
        Assert.Equal(period.Files.Count, records.Sum(d => d.GetProperty("RecordsIn").GetDouble()));
        Assert.Equal(period.Files.Sum(f => (double)f.RowCount), records.Sum(d => d.GetProperty("RecordsWritten").GetDouble()));
    }
}
