using TechShop.Lambda.Hosting;
using TechShop.Local.Warehouse;

namespace TechShop.Local.Invoke;

/// <summary>
/// The composition point of local runs: the same handlers as the bootstrap's catalogue, built with embedded
/// adapters over one data directory (docs/CONTRACTS.md, "Local data directory"). Each handler's issue adds its line,
/// e.g. <c>catalog.Register("bronze-load", () => new BronzeLoadHandler(new FolderLake(Path.Combine(dataDirectory, "lake")), ...))</c>;
/// the invoker and the <c>invoke</c> command do not change.
/// </summary>
public static class LocalHandlerCatalog
{
    /// <summary>The default data directory, relative to the working directory.</summary>
    public const string DefaultDataDirectory = ".techshop";

    /// <summary>The handlers runnable locally, their adapters rooted at <paramref name="dataDirectory"/>.</summary>
    public static LambdaHandlerCatalog Create(string dataDirectory) => Create(dataDirectory, metricsOutput: null);

    /// <summary>
    /// The handlers runnable locally; handlers that write their own EMF lines write them to <paramref name="metricsOutput"/>
    /// (default: stderr, as <c>techshop invoke</c> prints logs), so a run can keep them out of the terminal.
    /// </summary>
    public static LambdaHandlerCatalog Create(string dataDirectory, Stream? metricsOutput)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        var catalog = new LambdaHandlerCatalog();
        catalog.Register("stream-enrich", () => LocalHotPathHandlers.CreateStreamEnrich(dataDirectory));
        catalog.Register("stream-archive", () => LocalHotPathHandlers.CreateStreamArchive(dataDirectory));
        LocalColdPath.Register(catalog, dataDirectory, metricsOutput: metricsOutput);
        return catalog;
    }
}
