using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using TechShop.Local.Dashboard;
using TechShop.Local.Realtime;

namespace TechShop.Local.Tests.Dashboard;

/// <summary>The historical endpoints answer the warehouse's gold views, and the page and its files are served.</summary>
public sealed class HistoryEndpointTests(DashboardFixture fixture) : IClassFixture<DashboardFixture>
{
    public static TheoryData<string> Views => [.. HistoryViews.All.Select(v => v.Name)];

    [Theory]
    [MemberData(nameof(Views))]
    public async Task HistoryView_ShouldAnswerTheWarehousesRowsOfItsQuery(string name)
    {
        var view = HistoryViews.Find(name)!;
        var json = await fixture.GetAsync($"api/history/{name}");
        var expected = await fixture.Data.Warehouse.QueryAsync(view.Sql);
        var rows = json["rows"]!.AsArray();

        Assert.NotEmpty(expected.Rows);
        Assert.Equal(expected.Columns.Select(c => c.ToLowerInvariant()), json["columns"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Equal(expected.Rows.Count, rows.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < expected.Columns.Count; c++)
            {
                Assert.Equal(Text(expected.Rows[r][c]), Text(rows[r]![c]));
            }
        }
    }

    [Fact]
    public async Task DailyRevenue_ShouldReconcileWithTheGeneratorAndTheRealtimeSummary()
    {
        var json = await fixture.GetAsync("api/history/daily-revenue");
        var summary = await fixture.GetAsync("api/live/summary");
        var gross = json["rows"]!.AsArray().Sum(r => r![2]!.GetValue<decimal>());
        var orders = json["rows"]!.AsArray().Sum(r => r![1]!.GetValue<long>());

        Assert.Equal(fixture.Data.Dataset.GrossRevenueUsd, gross);
        Assert.Equal(summary["grossRevenueUsd"]!.GetValue<decimal>(), gross);
        Assert.Equal(summary["orders"]!.GetValue<long>(), orders);
        Assert.Equal(28, json["rows"]!.AsArray().Count);
    }

    [Fact]
    public async Task HistoryView_WhenTheNameIsUnknown_ShouldAnswer404ListingTheViews()
    {
        using var response = await fixture.Http.GetAsync("api/history/best-sellers");
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!.GetValue<string>();

        Assert.Equal(404, (int)response.StatusCode);
        Assert.Equal($"No historical view 'best-sellers'; the views are: {string.Join(", ", HistoryViews.All.Select(v => v.Name))}.", error);
    }

    [Fact]
    public async Task HistoryView_WhenTheDashboardHasNoWarehouse_ShouldAnswer503WithTheReason()
    {
        var directory = Path.Combine(Path.GetTempPath(), "techshop-dashboard-empty-" + Guid.NewGuid().ToString("N"));
        try
        {
            using (var store = await SqliteRealtimeStore.OpenAsync(directory))
            {
                await using var server = await DashboardServer.StartAsync(DashboardSources.Local(store, null, "warehouse.duckdb is held by another process"), 0);
                using var http = new HttpClient { BaseAddress = server.Url };
                using var response = await http.GetAsync("api/history/top-brands");
                var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!.GetValue<string>();
                var catalogue = JsonNode.Parse(await http.GetStringAsync("api/history"))!;
                var summary = JsonNode.Parse(await http.GetStringAsync("api/live/summary"))!;
                var minutes = JsonNode.Parse(await http.GetStringAsync("api/live/orders-per-minute"))!;

                Assert.Equal(503, (int)response.StatusCode);
                Assert.Equal("warehouse.duckdb is held by another process", error);
                Assert.False(catalogue["available"]!.GetValue<bool>());
                Assert.Null(summary["lastEventTime"]);
                Assert.Equal(0, summary["counts"]!["orderEvents"]!.GetValue<long>());
                Assert.Empty(minutes["items"]!.AsArray());
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task Page_ShouldBeServedWithEveryLivePanelAndTheEmbeddedChartLibrary()
    {
        using var page = await fixture.Http.GetAsync("");
        var html = await page.Content.ReadAsStringAsync();
        using var library = await fixture.Http.GetAsync("vendor/chart.umd.min.js");
        var script = await library.Content.ReadAsStringAsync();

        Assert.Equal("text/html; charset=utf-8", page.Content.Headers.ContentType!.ToString());
        foreach (var panel in new[] { "live-summary", "live-revenue", "live-orders-per-minute", "live-payment-mix", "live-top-products", "live-lag", "live-alerts", "live-recent-orders" })
        {
            Assert.Contains($"data-panel=\"{panel}\"", html, StringComparison.Ordinal);
        }

        Assert.Equal("text/javascript; charset=utf-8", library.Content.Headers.ContentType!.ToString());
        Assert.StartsWith("/*!\n * Chart.js v4.5.1", script, StringComparison.Ordinal);
    }

    private static string? Text(object? cell) => cell switch
    {
        null => null,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString(),
    };

    private static string? Text(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v when v.TryGetValue<long>(out var l) => l.ToString(CultureInfo.InvariantCulture),
        JsonValue v => v.GetValue<decimal>().ToString(CultureInfo.InvariantCulture),
        _ => node.ToJsonString(),
    };
}
