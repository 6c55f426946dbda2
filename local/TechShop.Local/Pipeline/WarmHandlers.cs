using TechShop.Lambda.Hosting;

namespace TechShop.Local.Pipeline;

/// <summary>
/// One warm execution environment, as Lambda keeps between invocations: each handler is built on first use and then
/// reused, so its clients, connections and caches live across invocations. One environment serves one caller at a
/// time (each mapping gets its own, as concurrent invocations get separate environments on Lambda).
/// </summary>
internal static class WarmHandlers
{
    public static LambdaHandlerCatalog Environment(LambdaHandlerCatalog catalog)
    {
        var warm = new LambdaHandlerCatalog();
        foreach (var name in catalog.Names)
        {
            var instance = new Lazy<ILambdaHandler>(() => catalog.Create(name), LazyThreadSafetyMode.ExecutionAndPublication);
            warm.Register(name, () => instance.Value);
        }

        return warm;
    }
}
