using TechShop.Cli.Commands;
using TechShop.Cli.Infrastructure;
using TechShop.Core.Domain;
using TechShop.Local.Kafka;
using TechShop.Local.Realtime;
using TechShop.Local.Registry;
using TechShop.Local.Streaming;

namespace TechShop.Cli.Tests;

public sealed class RunCommandTests
{
    [Fact]
    public async Task Run_WhenDaysIsZero_ShouldExitWithUsageNamingTheOption()
    {
        using var directory = new TemporaryDirectory();

        var run = await CliRun.RunAsync("run", "--data-dir", directory.Path, "--days", "0");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--days: expected at least 1 day, got 0.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WhenTheDashboardPortIsOutOfRange_ShouldExitWithUsageNamingTheOption()
    {
        using var directory = new TemporaryDirectory();

        var run = await CliRun.RunAsync("run", "--data-dir", directory.Path, "--dashboard", "--dashboard-port", "70000");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--dashboard-port", run.Error, StringComparison.Ordinal);
        Assert.Contains("70000", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WithDashboard_ShouldServeTheDashboardDuringASmallRunThatPasses()
    {
        using var directory = new TemporaryDirectory();

        var run = await CliRun.RunAsync(
            "run", "--data-dir", directory.Path, "--scale", "0.05", "--from", "2025-11-01", "--days", "3", "--dashboard", "--dashboard-port", "0");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Matches(@"Dashboard: http://127\.0\.0\.1:\d+/", run.Output);
        Assert.Contains("Quality gate: passed", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SqlRealtime_ShouldPrintTheRowsOfTheRealtimeStore()
    {
        using var directory = new TemporaryDirectory();
        using (var store = await SqliteRealtimeStore.OpenAsync(directory.Path))
        {
            await store.UpsertExchangeRatesAsync([new ExchangeRate(new DateOnly(2025, 12, 31), "GBP", 1.2745m)]);
        }

        var run = await CliRun.RunAsync([new DelegateCliCommand(context => SqlCommand.Create(context.Console))],
            "sql", "--realtime", "--data-dir", directory.Path, "SELECT currency, rate_date, rate_to_usd FROM exchange_rates");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("GBP", run.Output, StringComparison.Ordinal);
        Assert.Contains("2025-12-31", run.Output, StringComparison.Ordinal);
        Assert.Contains("1.2745", run.Output, StringComparison.Ordinal);
        Assert.Contains("1 row(s)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sql_WhenBothTargetsAreGiven_ShouldExitWithUsage()
    {
        var run = await CliRun.RunAsync([new DelegateCliCommand(context => SqlCommand.Create(context.Console))],
            "sql", "--realtime", "--warehouse", "SELECT 1");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("expected one target, got both", run.Error + run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Simulate_ShouldProduceTheCountToTheClusterAndPrintDeliveriesPerTopic()
    {
        using var directory = new TemporaryDirectory();
        using var cluster = EmbeddedKafkaCluster.Start(1, StreamTopics.Specs);
        await using var registry = await EmbeddedSchemaRegistry.StartAsync(new EmbeddedSchemaRegistryOptions { DataDirectory = directory.Path });

        var run = await CliRun.RunAsync("simulate", "--bootstrap-servers", cluster.BootstrapServers, "--registry-url", registry.Url.ToString(),
            "--scale", "0.05", "--days", "30", "--count", "25");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.True(run.Output.Contains("25 events in", StringComparison.Ordinal), run.Output);
        Assert.Contains("delivered, 0 refused", run.Output, StringComparison.Ordinal);
    }
}
