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

    /// <summary>
    /// Loads many lake objects into bronze, each exactly once (the same load audit) and all-or-nothing: the objects of
    /// one entity go in one transaction where the engine can, and when that fails on bad input the objects are loaded
    /// one by one, so only a bad object is rejected and the others land. A transient failure propagates; objects already
    /// committed are then audit no-ops on the retry.
    /// </summary>
    Task<BronzeBatchOutcome> LoadBronzeAsync(IReadOnlyList<BronzeObject> sources, CancellationToken cancellationToken = default);
}
