using TechShop.Functions.HotPath;
using TechShop.Functions.ColdPath;
using TechShop.Lambda.Hosting;

namespace TechShop.Functions;

/// <summary>
/// The one place the bootstrap's handlers are registered, by the name <c>_HANDLER</c> selects (docs/CONTRACTS.md,
/// "Functions"): <c>stream-enrich</c>, <c>stream-archive</c>, <c>bronze-load</c>, <c>silver-build</c>,
/// <c>gold-build</c>, each added with its own issue as
/// <c>catalog.Register("stream-enrich", () => new StreamEnrichHandler(...production adapters from the environment...))</c>.
/// </summary>
public static class FunctionCatalog
{
    /// <summary>The production handlers; factories run only for the handler selected, at initialization.</summary>
    public static LambdaHandlerCatalog Create()
    {
        var catalog = new LambdaHandlerCatalog();
        catalog.Register(StreamEnrichHandler.HandlerName, () => HotPathFunctions.CreateStreamEnrich());
        catalog.Register(StreamArchiveHandler.HandlerName, () => HotPathFunctions.CreateStreamArchive());
        ColdPathFunctions.Register(catalog);
        return catalog;
    }
}
