using TechShop.Cli.Infrastructure;
using TechShop.Local.Dashboard;
using TechShop.Local.Realtime;
using TechShop.Local.Warehouse;

namespace TechShop.Cli.Commands;

/// <summary>
/// The dashboard of <c>techshop run --dashboard</c>: the same server as <c>techshop dashboard</c>, inside the run's
/// process, so it reads the warehouse file the run holds (DuckDB lets one process open it read-write; connections in
/// that process share it) and the realtime store in WAL mode while the run writes.
/// </summary>
internal sealed class RunDashboard : IAsyncDisposable
{
    private readonly SqliteRealtimeStore _realtime;
    private readonly DuckDbWarehouse _warehouse;
    private readonly DashboardServer _server;

    private RunDashboard(SqliteRealtimeStore realtime, DuckDbWarehouse warehouse, DashboardServer server)
    {
        _realtime = realtime;
        _warehouse = warehouse;
        _server = server;
    }

    public static async Task<IAsyncDisposable> StartAsync(CliContext context, string dataDirectory, int port, CancellationToken cancellationToken)
    {
        var realtime = await SqliteRealtimeStore.OpenAsync(dataDirectory, cancellationToken: cancellationToken);
        var warehouse = new DuckDbWarehouse(LocalColdPath.WarehouseOptions(dataDirectory));
        try
        {
            var server = await DashboardServer.StartAsync(DashboardSources.Local(realtime, warehouse), port, cancellationToken);
            await context.Output.WriteLineAsync($"Dashboard: {server.Url} (live while the run streams; history once gold is built)");
            return new RunDashboard(realtime, warehouse, server);
        }
        catch
        {
            warehouse.Dispose();
            realtime.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _warehouse.Dispose();
        _realtime.Dispose();
    }
}
