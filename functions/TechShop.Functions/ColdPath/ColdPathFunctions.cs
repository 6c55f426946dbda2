using TechShop.Avro.Archive;
using TechShop.Avro.Events;
using TechShop.Avro.Registry;
using TechShop.Core.Warehouse;
using TechShop.Functions.HotPath;
using TechShop.Lake;
using TechShop.Lambda.Hosting;
using TechShop.Snowflake.Warehouse;

namespace TechShop.Functions.ColdPath;

/// <summary>
/// The cold path's production composition: the S3 lake from <c>TECHSHOP_LAKE_BUCKET</c> (and <c>AWS_ENDPOINT_URL</c>),
/// Snowflake from <c>TECHSHOP_SNOWFLAKE_*</c> with its key from Secrets Manager, the schema registry from
/// <c>TECHSHOP_SCHEMA_REGISTRY_URL</c> for the stream archive files bronze-load decodes, one HttpClient per process reused
/// across invocations, and metrics on stdout (CloudWatch Logs reads EMF from there).
/// </summary>
public static class ColdPathFunctions
{
    // One HttpClient for the life of the process: connections to Snowflake and Secrets Manager stay warm between invocations.
    private static readonly Lazy<HttpClient> Http = new(() => new HttpClient { Timeout = TimeSpan.FromMinutes(5) });

    /// <summary>Registers <c>bronze-load</c>, <c>silver-build</c> and <c>gold-build</c>; factories run only for the handler selected.</summary>
    public static LambdaHandlerCatalog Register(LambdaHandlerCatalog catalog, Func<string, string?>? variable = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        variable ??= Environment.GetEnvironmentVariable;
        return catalog
            .Register(BronzeLoadHandler.HandlerName, () => BronzeLoad(variable))
            .Register(SilverBuildHandler.HandlerName, () => new SilverBuildHandler(Snowflake(variable)))
            .Register(GoldBuildHandler.HandlerName, () => new GoldBuildHandler(Snowflake(variable), Metrics()));
    }

    private static WarehouseSession Snowflake(Func<string, string?> variable) =>
        new(async cancellationToken => (IWarehouse)await SnowflakeWarehouseFactory
            .CreateFromEnvironmentAsync(Http.Value, variable, cancellationToken).ConfigureAwait(false));

    // Stream archive files are decoded with the registry (TECHSHOP_SCHEMA_REGISTRY_URL); without it they are refused
    // (NotSupportedException: the event is retried and the file stays), while the extracts still load.
    private static BronzeLoadHandler BronzeLoad(Func<string, string?> variable)
    {
        var lake = new S3Lake(S3LakeOptions.FromEnvironment(variable));
        var registryUrl = variable(HotPathFunctions.SchemaRegistryUrlVariable);
        if (string.IsNullOrWhiteSpace(registryUrl))
        {
            return new BronzeLoadHandler(lake, Snowflake(variable));
        }

        var decoder = new StreamArchiveDecoder(new EventDecoder(new SchemaRegistryClient(
            Http.Value, new SchemaRegistryClientOptions { Url = HotPathFunctions.RegistryUrl(variable) })));
        return new BronzeLoadHandler(lake, new WarehouseSession(async cancellationToken => (IWarehouse)(await SnowflakeWarehouseFactory
            .CreateFromEnvironmentAsync(Http.Value, variable, cancellationToken).ConfigureAwait(false)).WithStreamArchive(lake, decoder)));
    }

    private static ColdPathMetrics Metrics() => new(Console.OpenStandardOutput());
}
