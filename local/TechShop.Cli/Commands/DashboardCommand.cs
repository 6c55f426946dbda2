using System.CommandLine;
using DuckDB.NET.Data;
using TechShop.Cli.Infrastructure;
using TechShop.Local.Dashboard;
using TechShop.Local.Realtime;
using TechShop.Local.Warehouse;

namespace TechShop.Cli.Commands;

/// <summary>
/// <c>techshop dashboard [--data-dir DIR] [--port P]</c>: serves the local dashboard on 127.0.0.1 until Ctrl+C.
/// Live panels read <c>realtime.db</c> (WAL: readable while a run writes it); historical panels read
/// <c>warehouse.duckdb</c> when no other process holds it (during a run, use <c>techshop run --dashboard</c>).
/// </summary>
internal sealed class DashboardCommand : ICliCommand
{
    public const int DefaultPort = 5080;

    private readonly Option<string> _dataDirectory = new("--data-dir")
    {
        Description = "The local data directory holding realtime.db and warehouse.duckdb",
        HelpName = "DIR",
        DefaultValueFactory = _ => "./.techshop",
    };

    private readonly Option<int> _port = CliOptions.Integer("--port", "Port on 127.0.0.1 (0 picks a free one)", DefaultPort);

    public Command Create(CliContext context)
    {
        var command = new Command("dashboard", "Serve the local dashboard (live panels and historical views) on 127.0.0.1") { _dataDirectory, _port };
        command.Validators.Add(result =>
        {
            if (result.GetResult(_port) is { Tokens.Count: 1 } port && int.TryParse(port.Tokens[0].Value, out var value) && value is < 0 or > 65535)
            {
                result.AddError($"--port: expected a port from 0 to 65535, got {value}.");
            }
        });
        command.SetAction((parse, cancellationToken) => RunAsync(context, parse.GetValue(_dataDirectory)!, parse.GetValue(_port), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string dataDirectory, int port, CancellationToken cancellationToken)
    {
        var realtimePath = Path.GetFullPath(Path.Combine(dataDirectory, SqliteRealtimeStore.FileName));
        var warehousePath = Path.GetFullPath(Path.Combine(dataDirectory, SqlCommand.WarehouseFileName));
        if (!File.Exists(realtimePath) && !File.Exists(warehousePath))
        {
            throw new CliUsageException("--data-dir",
                $"expected a data directory holding {SqliteRealtimeStore.FileName} or {SqlCommand.WarehouseFileName} (run `techshop run` first), but '{Path.GetFullPath(dataDirectory)}' has neither");
        }

        using var realtime = await SqliteRealtimeStore.OpenAsync(dataDirectory, cancellationToken: cancellationToken).ConfigureAwait(false);
        var (warehouse, reason) = OpenWarehouse(dataDirectory, warehousePath);
        try
        {
            await using var server = await DashboardServer.StartAsync(DashboardSources.Local(realtime, warehouse, reason), port, cancellationToken).ConfigureAwait(false);
            await context.Output.WriteLineAsync($"Dashboard: {server.Url}").ConfigureAwait(false);
            if (reason is not null)
            {
                await context.Error.WriteLineAsync($"Historical views unavailable: {reason}").ConfigureAwait(false);
            }

            await context.Output.WriteLineAsync("Press Ctrl+C to stop.").ConfigureAwait(false);
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C is how a server is stopped: a normal end.
            }

            return ExitCodes.Success;
        }
        finally
        {
            warehouse?.Dispose();
        }
    }

    private static (DuckDbWarehouse? Warehouse, string? Reason) OpenWarehouse(string dataDirectory, string path)
    {
        if (!File.Exists(path))
        {
            return (null, $"No warehouse at {path} yet (a run loads and builds it).");
        }

        try
        {
            return (new DuckDbWarehouse(new DuckDbWarehouseOptions
            {
                DatabasePath = path,
                ResolveLakePath = (bucket, key) => Path.Combine(dataDirectory, "lake", bucket, key),
            }), null);
        }
        catch (DuckDBException ex)
        {
            // DuckDB lets one process hold a file read-write; a running `techshop run` does.
            return (null, $"{path} cannot be opened ({ex.Message.Split('\n')[0]}); while a run holds it, use `techshop run --dashboard`.");
        }
    }
}
