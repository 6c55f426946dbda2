using TechShop.Functions.ColdPath;
using TechShop.Lambda.Hosting;
using TechShop.Local.Lake;
using TechShop.Local.Registry;

namespace TechShop.Local.Warehouse;

/// <summary>
/// The cold path's local composition over a data directory: the folder lake at <c>&lt;data-dir&gt;/lake/&lt;bucket&gt;</c>
/// (bucket <c>TECHSHOP_LAKE_BUCKET</c>, default <c>techshop-lake</c>) and DuckDB at <c>&lt;data-dir&gt;/warehouse.duckdb</c>
/// reading the lake's files and decoding the stream archive with the embedded registry's store (<c>&lt;data-dir&gt;/registry</c>); metrics go to stderr with the logs, as <c>techshop invoke</c> prints them.
/// </summary>
public static class LocalColdPath
{
    public const string DefaultBucket = "techshop-lake";

    /// <summary>Registers <c>bronze-load</c>, <c>silver-build</c> and <c>gold-build</c> on embedded adapters.</summary>
    public static LambdaHandlerCatalog Register(LambdaHandlerCatalog catalog, string dataDirectory, Func<string, string?>? variable = null, Stream? metricsOutput = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        variable ??= Environment.GetEnvironmentVariable;
        var bucket = variable("TECHSHOP_LAKE_BUCKET") is { Length: > 0 } configured ? configured.Trim() : DefaultBucket;
        return catalog
            .Register(BronzeLoadHandler.HandlerName, () => new BronzeLoadHandler(Lake(dataDirectory, bucket), Warehouse(dataDirectory)))
            .Register(SilverBuildHandler.HandlerName, () => new SilverBuildHandler(Warehouse(dataDirectory)))
            .Register(GoldBuildHandler.HandlerName, () => new GoldBuildHandler(Warehouse(dataDirectory), Metrics(metricsOutput)));
    }

    /// <summary>The folder lake of a data directory.</summary>
    public static FolderLake Lake(string dataDirectory, string bucket = DefaultBucket) => new(Path.Combine(dataDirectory, "lake"), bucket);

    /// <summary>The DuckDB warehouse options of a data directory: its file, and lake keys resolved in the folder lake.</summary>
    public static DuckDbWarehouseOptions WarehouseOptions(string dataDirectory)
    {
        var lakeRoot = Path.Combine(dataDirectory, "lake");
        return new DuckDbWarehouseOptions
        {
            DatabasePath = Path.Combine(dataDirectory, "warehouse.duckdb"),
            ResolveLakePath = (bucket, key) => new FolderLake(lakeRoot, bucket).PathOf(key),
            StreamRegistry = new PersistedSchemaRegistryClient(Path.Combine(dataDirectory, "registry")),
        };
    }

    private static WarehouseSession Warehouse(string dataDirectory) => new(new DuckDbWarehouse(WarehouseOptions(dataDirectory)));

    private static ColdPathMetrics Metrics(Stream? output) => new(output ?? Console.OpenStandardError());
}
