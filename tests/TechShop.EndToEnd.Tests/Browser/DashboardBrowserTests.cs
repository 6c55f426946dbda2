using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using TechShop.Core.Domain;
using TechShop.Core.Realtime;
using TechShop.Local.Dashboard;
using TechShop.Local.Tests.Dashboard;
using Xunit.Abstractions;

namespace TechShop.EndToEnd.Tests.Browser;

/// <summary>The dashboard page in headless Chromium over a small run's stores: every panel gets data, and live panels refresh.</summary>
public sealed class DashboardBrowserTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly string[] Panels =
    [
        "live-summary", "live-revenue", "live-orders-per-minute", "live-payment-mix", "live-top-products", "live-lag", "live-alerts",
        "live-recent-orders", .. HistoryViews.All.Select(v => v.Name),
    ];

    // What the page shows, once it has loaded and no panel is still waiting for its first answer.
    private const string PanelStates = """
        new Promise(resolve => {
          const check = () => {
            const panels = [...document.querySelectorAll('[data-panel]')];
            if (document.body.dataset.loaded === 'true' && panels.length > 0 && panels.every(p => p.dataset.ready !== 'false')) {
              resolve(panels.map(p => ({ panel: p.dataset.panel, ready: p.dataset.ready, rows: Number(p.dataset.rows ?? 0), note: p.querySelector('.note')?.textContent ?? '' })));
            } else {
              setTimeout(check, 100);
            }
          };
          check();
        })
        """;

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "techshop-dashboard-browser-" + Guid.NewGuid().ToString("N"));
    private DashboardData? _data;

    public async Task InitializeAsync() => _data = await DashboardData.CreateAsync(_directory);

    [ChromiumFact]
    public async Task Dashboard_AfterASmallRun_ShouldShowDataInEveryPanelAndRefreshTheLivePanels()
    {
        Assert.True(ChromiumFactAttribute.Failure is null, ChromiumFactAttribute.Failure);
        // A guard against a hung browser, not a timing assertion.
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await using var server = await DashboardServer.StartAsync(DashboardSources.Local(_data!.Realtime, _data.Warehouse), 0);
        await using var page = await DevToolsPage.LaunchAsync(ChromiumFactAttribute.ExecutablePath!, 1440, 2000, guard.Token);

        await page.SendAsync("Page.navigate", new JsonObject { ["url"] = server.Url.ToString() }, guard.Token);
        await WaitForDocumentAsync(page, server.Url, guard.Token);
        var states = (await page.EvaluateAsync(PanelStates, guard.Token))!.AsArray();
        var screenshot = await SaveScreenshotAsync(page, guard.Token);
        output.WriteLine($"Screenshot: {screenshot}");

        Assert.Equal(Panels, states.Select(s => s!["panel"]!.GetValue<string>()));
        foreach (var state in states)
        {
            Assert.True(state!["ready"]!.GetValue<string>() == "true" && state["rows"]!.GetValue<int>() > 0, $"Panel without data: {state.ToJsonString()}");
        }

        var counts = await _data.Realtime.GetCountsAsync();
        Assert.Equal(counts.OrderEvents, states.Single(s => s!["panel"]!.GetValue<string>() == "live-summary")!["rows"]!.GetValue<int>());

        // A run streams on: an order placed after everything shown so far appears at the top of recent orders.
        var newest = _data.LastOrderEventTime.AddSeconds(30);
        await _data.Realtime.UpsertOrderEventsAsync([new OrderEventRow(RealtimeTime.Hour(newest), RealtimeShard.Of(990_000_001), newest,
            990_000_001, OrderStatus.Placed, DateOnly.FromDateTime(newest), 1, 1, SalesChannel.Online, PaymentMethod.PayPal, "USD", 123.45m, 123.45m, 1, 1)]);
        var refreshed = await page.EvaluateAsync("""
            new Promise(resolve => {
              const check = () => {
                const first = document.querySelector('[data-panel="live-recent-orders"] tbody tr td:nth-child(2)');
                if (first && first.textContent === '990000001') resolve(document.querySelector('[data-panel="live-summary"]').dataset.rows);
                else setTimeout(check, 100);
              };
              check();
            })
            """, guard.Token);

        Assert.Equal((counts.OrderEvents + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), refreshed!.GetValue<string>());
    }

    public async Task DisposeAsync()
    {
        if (_data is not null)
        {
            await _data.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    // Page.navigate answers before the new document exists; ask until the dashboard's document has loaded.
    private static async Task WaitForDocumentAsync(DevToolsPage page, Uri url, CancellationToken cancellationToken)
    {
        var loaded = $"location.href === '{url}' && document.readyState === 'complete'";
        while (true)
        {
            try
            {
                if ((await page.EvaluateAsync(loaded, cancellationToken))?.GetValue<bool>() == true)
                {
                    return;
                }
            }
            catch (InvalidOperationException)
            {
                // The old document's context went away mid-navigation: ask again in the new one.
            }

            await Task.Delay(100, cancellationToken);
        }
    }

    private static async Task<string> SaveScreenshotAsync(DevToolsPage page, CancellationToken cancellationToken)
    {
        var metrics = await page.SendAsync("Page.getLayoutMetrics", null, cancellationToken);
        var height = (int)Math.Ceiling(metrics["cssContentSize"]!["height"]!.GetValue<double>());
        var shot = await page.SendAsync("Page.captureScreenshot", new JsonObject
        {
            ["format"] = "png",
            ["captureBeyondViewport"] = true,
            ["clip"] = new JsonObject { ["x"] = 0, ["y"] = 0, ["width"] = 1440, ["height"] = height, ["scale"] = 1 },
        }, cancellationToken);
        var path = Path.Combine(AppContext.BaseDirectory, "TestResults", "dashboard.png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, Convert.FromBase64String(shot["data"]!.GetValue<string>()), cancellationToken);
        return path;
    }
}
