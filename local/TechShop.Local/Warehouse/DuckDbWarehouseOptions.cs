using TechShop.Avro.Registry;

namespace TechShop.Local.Warehouse;

/// <summary>How the embedded warehouse opens its DuckDB file.</summary>
public sealed record DuckDbWarehouseOptions
{
    /// <summary>The database file (created when missing), e.g. <c>./.techshop/warehouse.duckdb</c>; <c>:memory:</c> for none.</summary>
    public required string DatabasePath { get; init; }

    /// <summary>Maps a lake object (bucket, key) to its local file: the folder lake's layout <c>lake/&lt;bucket&gt;/&lt;key&gt;</c>.</summary>
    public required Func<string, string, string> ResolveLakePath { get; init; }

    /// <summary>DuckDB <c>memory_limit</c>; default <c>1GB</c> (DuckDB's own default is 80% of RAM, too much on a shared machine).</summary>
    public string MemoryLimit { get; init; } = "1GB";

    /// <summary>DuckDB <c>threads</c>; default null leaves DuckDB's choice (one per core).</summary>
    public int? Threads { get; init; }

    /// <summary>
    /// The schema registry that decodes the stream archive's values (Confluent-framed Avro) on load into
    /// <c>BRONZE.STREAM_*</c>; default null: stream archive loads then fail (nothing written) naming this setting.
    /// </summary>
    public ISchemaRegistryClient? StreamRegistry { get; init; }
}
