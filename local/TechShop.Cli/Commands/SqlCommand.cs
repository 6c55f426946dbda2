using System.CommandLine;
using System.Globalization;
using DuckDB.NET.Data;
using Spectre.Console;
using TechShop.Core.Warehouse;
using TechShop.Local.Warehouse;

namespace TechShop.Cli.Commands;

/// <summary><c>techshop sql [--warehouse|--realtime] [--data-dir DIR] "&lt;query&gt;"</c>: runs a query on the local warehouse or realtime store and prints a table.</summary>
public static class SqlCommand
{
    /// <summary>The warehouse file below the data directory (docs/CONTRACTS.md, "Local data directory").</summary>
    public const string WarehouseFileName = "warehouse.duckdb";

    /// <summary>Builds the <c>sql</c> command; output goes to <paramref name="console"/> (default: the terminal).</summary>
    public static Command Create(IAnsiConsole? console = null)
    {
        var query = new Argument<string>("query") { Description = "The SQL to run (Snowflake spellings work through the DuckDB macros)." };
        var warehouse = new Option<bool>("--warehouse")
        {
            Description = "Query the warehouse (DuckDB: BRONZE, SILVER, GOLD, QUALITY); the default target.",
        };
        var realtime = new Option<bool>("--realtime")
        {
            Description = "Query the realtime store instead (SQLite realtime.db: order_events, order_revenue_by_date, ...), read-only.",
        };
        var dataDirectory = new Option<string>("--data-dir")
        {
            Description = "The local data directory holding warehouse.duckdb.",
            DefaultValueFactory = _ => "./.techshop",
        };
        var command = new Command("sql", "Run a SQL query on the local warehouse and print the result as a table.")
        {
            query,
            warehouse,
            realtime,
            dataDirectory,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(warehouse) && result.GetValue(realtime))
            {
                result.AddError("--warehouse and --realtime: expected one target, got both.");
            }
        });
        command.SetAction((parse, cancellationToken) => parse.GetValue(realtime)
            ? RunRealtimeAsync(console ?? AnsiConsole.Console, parse.GetValue(dataDirectory)!, parse.GetValue(query)!, cancellationToken)
            : RunAsync(console ?? AnsiConsole.Console, parse.GetValue(dataDirectory)!, parse.GetValue(query)!, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(IAnsiConsole console, string dataDirectory, string sql, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(Path.Combine(dataDirectory, WarehouseFileName));
        if (!File.Exists(path))
        {
            console.MarkupLine($"[red]No warehouse at {Markup.Escape(path)}.[/] Load and build it first, or point --data-dir at the directory holding {WarehouseFileName}.");
            return 2;
        }

        try
        {
            using var store = new DuckDbWarehouse(new DuckDbWarehouseOptions
            {
                DatabasePath = path,
                ResolveLakePath = (bucket, key) => Path.Combine(dataDirectory, "lake", bucket, key),
            });
            var result = await store.QueryAsync(sql, cancellationToken).ConfigureAwait(false);
            console.Write(Render(result));
            console.MarkupLine($"[grey]{result.Rows.Count} row(s)[/]");
            return 0;
        }
        catch (DuckDBException e)
        {
            // A held lock (another process owns the file read-write) and a bad query both land here: say which file.
            console.MarkupLine($"[red]The warehouse at {Markup.Escape(path)} refused the query:[/] {Markup.Escape(e.Message)}");
            return 1;
        }
    }

    private static async Task<int> RunRealtimeAsync(IAnsiConsole console, string dataDirectory, string sql, CancellationToken cancellationToken)
    {
        var path = RealtimeSqlQuery.PathOf(dataDirectory);
        if (!File.Exists(path))
        {
            console.MarkupLine($"[red]No realtime store at {Markup.Escape(path)}.[/] Run the pipeline first, or point --data-dir at the directory holding realtime.db.");
            return 2;
        }

        try
        {
            var result = await RealtimeSqlQuery.RunAsync(path, sql, cancellationToken).ConfigureAwait(false);
            console.Write(Render(result));
            console.MarkupLine($"[grey]{result.Rows.Count} row(s)[/]");
            return 0;
        }
        catch (Microsoft.Data.Sqlite.SqliteException e)
        {
            console.MarkupLine($"[red]The realtime store at {Markup.Escape(path)} refused the query:[/] {Markup.Escape(e.Message)}");
            return 1;
        }
    }

    private static Table Render(QueryResult result)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in result.Columns)
        {
            table.AddColumn(new TableColumn(Markup.Escape(column)));
        }

        foreach (var row in result.Rows)
        {
            table.AddRow(row.Select(Cell).ToArray());
        }

        return table;
    }

    private static Markup Cell(object? value) => value switch
    {
        null => new Markup("[grey]NULL[/]"),
        DateOnly d => new Markup(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        DateTime t => new Markup(t.ToString("yyyy-MM-dd HH:mm:ss.FFFFFF", CultureInfo.InvariantCulture)),
        IFormattable f => new Markup(Markup.Escape(f.ToString(null, CultureInfo.InvariantCulture))),
        _ => new Markup(Markup.Escape(value.ToString() ?? string.Empty)),
    };
}
