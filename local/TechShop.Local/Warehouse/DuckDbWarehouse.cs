using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Numerics;
using DuckDB.NET.Data;
using TechShop.Avro.Events;
using TechShop.Core.Warehouse;

namespace TechShop.Local.Warehouse;

/// <summary>
/// The embedded warehouse: a DuckDB file running the Snowflake models of sql/warehouse/ behind the compatibility
/// macros of sql/duckdb/, and loading JSON Lines extracts and stream archive files from the folder lake into bronze exactly once.
/// One connection, used by one statement at a time (DuckDB connections are not thread-safe).
/// </summary>
public sealed class DuckDbWarehouse : IWarehouse, IAsyncDisposable, IDisposable
{
    private readonly DuckDBConnection _connection;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly BronzeJsonLinesLoader _loader;
    private readonly BronzeAvroArchiveLoader _archiveLoader;

    /// <summary>Opens (or creates) the database file and installs the compatibility macros.</summary>
    public DuckDbWarehouse(DuckDbWarehouseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        var directory = Path.GetDirectoryName(Path.GetFullPath(options.DatabasePath));
        if (options.DatabasePath != ":memory:" && directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        var settings = new DbConnectionStringBuilder
        {
            ["Data Source"] = options.DatabasePath,
            ["memory_limit"] = options.MemoryLimit,
            ["autoinstall_known_extensions"] = "false",
        };
        if (options.Threads is { } threads)
        {
            settings["threads"] = threads.ToString(CultureInfo.InvariantCulture);
        }

        _connection = new DuckDBConnection(settings.ConnectionString);
        _connection.Open();
        // Timestamps are UTC everywhere (CONTRACTS.md); CURRENT_TIMESTAMP must agree with the lineage columns.
        Run("SET TimeZone = 'UTC'");
        // Models order explicitly where order matters (and bronze keeps each line's number in _row_number); letting
        // DuckDB insert and materialise in any order halves bulk inserts and keeps large builds within memory_limit.
        Run("SET preserve_insertion_order = false");
        foreach (var statement in SqlScript.Split(CompatibilityMacros.Text))
        {
            Run(statement);
        }

        _loader = new BronzeJsonLinesLoader(_connection, options.ResolveLakePath);
        _archiveLoader = new BronzeAvroArchiveLoader(
            _connection, options.ResolveLakePath, options.StreamRegistry is null ? null : new EventDecoder(options.StreamRegistry));
    }

    /// <summary>The options the warehouse was opened with.</summary>
    public DuckDbWarehouseOptions Options { get; }

    /// <inheritdoc />
    public string Engine => "duckdb";

    /// <inheritdoc />
    public async Task<long> ExecuteAsync(string sql, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return Run(sql);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public async Task<QueryResult> QueryAsync(string sql, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var command = _connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
            var rows = new List<IReadOnlyList<object?>>();
            while (reader.Read())
            {
                var row = new object?[reader.FieldCount];
                for (var i = 0; i < row.Length; i++)
                {
                    row[i] = reader.IsDBNull(i) ? null : Normalize(reader.GetValue(i));
                }

                rows.Add(row);
            }

            return new QueryResult(columns, rows);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public async Task<BronzeLoadOutcome> LoadBronzeAsync(BronzeObject source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return source.Format == BronzeFormat.AvroContainer
                ? await _archiveLoader.LoadAsync(source, DateTime.UtcNow, cancellationToken).ConfigureAwait(false)
                : _loader.Load(source, DateTime.UtcNow);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public async Task<BronzeBatchOutcome> LoadBronzeAsync(IReadOnlyList<BronzeObject> sources, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var loadedAt = DateTime.UtcNow;
            var batch = _loader.LoadBatch([.. sources.Where(s => s.Format != BronzeFormat.AvroContainer)], loadedAt);
            var outcomes = new List<BronzeLoadOutcome>(batch.Outcomes);
            var rejections = new List<BronzeObjectRejectedException>(batch.Rejections);
            // Archive objects decode record by record in .NET: each is its own transaction already.
            foreach (var archive in sources.Where(s => s.Format == BronzeFormat.AvroContainer))
            {
                try
                {
                    outcomes.Add(await _archiveLoader.LoadAsync(archive, loadedAt, cancellationToken).ConfigureAwait(false));
                }
                catch (BronzeObjectRejectedException e)
                {
                    rejections.Add(e);
                }
            }

            return new BronzeBatchOutcome(outcomes, rejections);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        _connection.Dispose();
        _gate.Dispose();
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    private long Run(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteNonQuery();
    }

    // QueryResult promises string, long, decimal, double, bool, DateOnly, DateTime: widen DuckDB's other types.
    private static object Normalize(object value) => value switch
    {
        sbyte or byte or short or ushort or int or uint => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        ulong u => u <= long.MaxValue ? (long)u : (decimal)u,
        BigInteger b => (decimal)b,
        float f => (double)f,
        DateTimeOffset o => o.UtcDateTime,
        Guid g => g.ToString(),
        TimeOnly t => t.ToString("HH:mm:ss.ffffff", CultureInfo.InvariantCulture),
        TimeSpan s => s.ToString("c", CultureInfo.InvariantCulture),
        _ => value,
    };
}
