using TechShop.Core.Warehouse;
using TechShop.Lake;
using TechShop.Lambda.Hosting;
using TechShop.Snowflake.Warehouse;

namespace TechShop.Functions.ColdPath;

/// <summary>
/// The cold path's production composition: the S3 lake from <c>TECHSHOP_LAKE_BUCKET</c> (and <c>AWS_ENDPOINT_URL</c>),
/// Snowflake from <c>TECHSHOP_SNOWFLAKE_*</c> with its key from Secrets Manager, one HttpClient per process reused
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
            .Register(BronzeLoadHandler.HandlerName, () => new BronzeLoadHandler(new S3Lake(S3LakeOptions.FromEnvironment(variable)), Snowflake(variable)))
            .Register(SilverBuildHandler.HandlerName, () => new SilverBuildHandler(Snowflake(variable)))
            .Register(GoldBuildHandler.HandlerName, () => new GoldBuildHandler(Snowflake(variable), Metrics()));
    }

    private static WarehouseSession Snowflake(Func<string, string?> variable) =>
        new(async cancellationToken => (IWarehouse)await SnowflakeWarehouseFactory
            .CreateFromEnvironmentAsync(Http.Value, variable, cancellationToken).ConfigureAwait(false));

    private static ColdPathMetrics Metrics() => new(Console.OpenStandardOutput());
}
