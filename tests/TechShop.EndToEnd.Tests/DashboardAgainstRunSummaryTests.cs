using System.Globalization;
using System.Text.Json;
using TechShop.Local.Dashboard;
using TechShop.Local.Pipeline;
using TechShop.Local.Realtime;
using TechShop.Local.Warehouse;

namespace TechShop.EndToEnd.Tests;

/// <summary>The dashboard's JSON endpoints report the same revenue figures as the summary of the run that filled the stores.</summary>
public sealed class DashboardAgainstRunSummaryTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "techshop-e2e-dash-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [PipelineFact]
    public async Task Endpoints_AfterARun_ShouldReportTheRealtimeAndGoldRevenueOfTheRunSummary()
    {
        var options = new PipelineOptions
        {
            DataDirectory = _root,
            Fresh = true,
            Scale = 0.1,
            From = new DateOnly(2025, 10, 1),
            To = new DateOnly(2025, 12, 31),
            StreamDays = 7,
            ColdStepDays = 31,
            BatchingWindow = TimeSpan.FromMilliseconds(100),
        };
        var summary = await new PipelineRunner(options, new SilentProgress()).RunAsync();
        Assert.True(summary.Passed);
        Assert.NotEmpty(summary.Revenue.Days);

        using var realtime = await SqliteRealtimeStore.OpenAsync(_root);
        using var warehouse = new DuckDbWarehouse(LocalColdPath.WarehouseOptions(_root));
        await using var server = await DashboardServer.StartAsync(DashboardSources.Local(realtime, warehouse), port: 0);
        using var http = new HttpClient { BaseAddress = server.Url };

        using var live = JsonDocument.Parse(await http.GetStringAsync("api/live/revenue?days=120"));
        var liveByDate = live.RootElement.GetProperty("items").EnumerateArray()
            .ToDictionary(i => i.GetProperty("orderDate").GetString()!, i => i.GetProperty("grossUsd").GetDecimal());
        using var history = JsonDocument.Parse(await http.GetStringAsync("api/history/daily-revenue"));
        var columns = history.RootElement.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!.ToLowerInvariant()).ToList();
        var (dateColumn, grossColumn) = (columns.IndexOf("order_date"), columns.IndexOf("gross_revenue_usd"));
        var goldByDate = history.RootElement.GetProperty("rows").EnumerateArray()
            .ToDictionary(r => r[dateColumn].GetString()![..10], r => r[grossColumn].GetDecimal());

        foreach (var day in summary.Revenue.Days)
        {
            var date = day.OrderDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            Assert.Equal(day.RealtimeUsd, liveByDate[date]);
            Assert.Equal(day.GoldUsd, goldByDate[date]);
        }
    }

    private sealed class SilentProgress : IPipelineProgress
    {
        public IProgress<long> Start(string stage, long total) => new Progress<long>();

        public void Finish(string stage, string result)
        {
        }
    }
}
