namespace TechShop.Core.Warehouse;

/// <summary>
/// The warehouse port. Models are Snowflake SQL within the portable subset (docs/CONTRACTS.md); the embedded
/// engine (DuckDB) runs the same text behind compatibility macros.
/// </summary>
public interface IWarehouse
{
    /// <summary>The engine's name: <c>snowflake</c> or <c>duckdb</c>.</summary>
    string Engine { get; }

    /// <summary>Runs one statement and returns the rows it affected (or -1 when the engine does not say).</summary>
    Task<long> ExecuteAsync(string sql, CancellationToken cancellationToken = default);

    /// <summary>Runs one query and returns its rows; column names are compared case-insensitively.</summary>
    Task<QueryResult> QueryAsync(string sql, CancellationToken cancellationToken = default);

    /// <summary>
    /// Loads one lake object into its bronze table exactly once: a load audit keyed by bucket, key and ETag makes
    /// a repeat a no-op, and the load is all-or-nothing.
    /// </summary>
    Task<BronzeLoadOutcome> LoadBronzeAsync(BronzeObject source, CancellationToken cancellationToken = default);
}
