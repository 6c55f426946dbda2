using TechShop.Core.Warehouse;
using TechShop.Snowflake.Api;

namespace TechShop.Snowflake.Warehouse;

/// <summary>The warehouse port on Snowflake, through the SQL API: statements, queries and audited bronze loads.</summary>
public sealed class SnowflakeWarehouse(SnowflakeSqlApiClient client, SnowflakeWarehouseOptions options) : IWarehouse
{
    private readonly SnowflakeStreamArchiveLoader? _streamArchive;

    private SnowflakeWarehouse(SnowflakeSqlApiClient client, SnowflakeWarehouseOptions options, SnowflakeStreamArchiveLoader streamArchive)
        : this(client, options) => _streamArchive = streamArchive;

    /// <summary>The same warehouse, also loading stream archive files: reads them from <paramref name="lake"/>, decodes with <paramref name="decoder"/>.</summary>
    public SnowflakeWarehouse WithStreamArchive(Core.Lake.ILake lake, Avro.Archive.StreamArchiveDecoder decoder) =>
        new(client, options, new SnowflakeStreamArchiveLoader(client, options, lake, decoder));

    public string Engine => "snowflake";

    public async Task<long> ExecuteAsync(string sql, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sql);
        var result = await client.ExecuteAsync(sql, cancellationToken).ConfigureAwait(false);
        return result.RowsAffected;
    }

    public async Task<QueryResult> QueryAsync(string sql, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sql);
        var result = await client.ExecuteAsync(sql, cancellationToken).ConfigureAwait(false);
        return result.ToQueryResult();
    }

    /// <summary>
    /// Loads a JSON Lines extract: an audit lookup first (a repeat costs one small query), then one multi-statement
    /// transaction with the COPY and the audit row. A file that COPY reports as already loaded (Snowflake's own load
    /// metadata, for example after a concurrent duplicate delivery) is an AlreadyLoaded outcome too.
    /// </summary>
    /// <exception cref="BronzeObjectRejectedException">COPY refused the file's data (<see cref="CopyDataError"/>): permanent, nothing loaded.</exception>
    /// <exception cref="SnowflakeStatementException">Any other failed statement (privileges, warehouse, timeout, unknown code): retried with the event.</exception>
    public async Task<BronzeLoadOutcome> LoadBronzeAsync(BronzeObject source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.Format == BronzeFormat.AvroContainer && _streamArchive is not null)
        {
            return await _streamArchive.LoadAsync(source, cancellationToken).ConfigureAwait(false);
        }

        if (source.Format != BronzeFormat.JsonLines)
        {
            throw new NotSupportedException($"Bronze load of {source.Key} ({source.Format}) is not supported by this Snowflake warehouse: stream archive files need WithStreamArchive (bronze-load sets it up when TECHSHOP_SCHEMA_REGISTRY_URL is set).");
        }

        var audit = await client.ExecuteAsync(
            new SnowflakeStatement(BronzeLoadStatements.AuditLookup)
            {
                Bindings = [SnowflakeBinding.Text(source.Bucket), SnowflakeBinding.Text(source.Key), SnowflakeBinding.Text(source.ETag)],
            },
            cancellationToken).ConfigureAwait(false);
        if (audit.Rows.Count > 0)
        {
            return new BronzeLoadOutcome(source, 0, AlreadyLoaded: true);
        }

        IReadOnlyList<StatementResult> results;
        try
        {
            results = await client.ExecuteMultiStatementAsync(BronzeLoadStatements.Transaction(source, options), cancellationToken).ConfigureAwait(false);
        }
        catch (SnowflakeStatementException e) when (CopyDataError.IsDataError(e))
        {
            // ON_ERROR = ABORT_STATEMENT: the COPY loaded nothing and COMMIT never ran, so the file is all or nothing.
            throw new BronzeObjectRejectedException(source, CopyDataError.Reason(e), e);
        }

        var copy = results[1];
        if (!copy.Columns.Any(c => string.Equals(c.Name, "rows_loaded", StringComparison.OrdinalIgnoreCase)))
        {
            // "Copy executed with 0 files processed.": Snowflake's load metadata says this file is in the table already.
            return new BronzeLoadOutcome(source, 0, AlreadyLoaded: true);
        }

        var rowsLoaded = copy.ToQueryResult().ColumnIndex("rows_loaded");
        var total = copy.Rows.Sum(row => Convert.ToInt64(row[rowsLoaded], System.Globalization.CultureInfo.InvariantCulture));
        return new BronzeLoadOutcome(source, total, AlreadyLoaded: false);
    }

    /// <summary>
    /// Loads a batch: each entity's JSON Lines extracts with one audit lookup and one COPY transaction over all their
    /// files (<c>FILES = (...)</c>); every other object through <see cref="LoadBronzeAsync(BronzeObject, CancellationToken)"/>.
    /// </summary>
    public Task<BronzeBatchOutcome> LoadBronzeAsync(IReadOnlyList<BronzeObject> sources, CancellationToken cancellationToken = default) =>
        new SnowflakeBronzeBatchLoader(client, options, LoadBronzeAsync).LoadAsync(sources, cancellationToken);
}
