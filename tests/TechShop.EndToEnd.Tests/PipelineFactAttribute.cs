using TechShop.Local.Invoke;
using TechShop.Local.Pipeline;

namespace TechShop.EndToEnd.Tests;

/// <summary>
/// A fact that needs every handler a run invokes: skipped, naming the missing ones, while a handler's branch has not
/// landed in <see cref="LocalHandlerCatalog"/>; it runs as soon as the catalogue holds them all.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PipelineFactAttribute : FactAttribute
{
    public PipelineFactAttribute()
    {
        var catalog = LocalHandlerCatalog.Create(Path.GetTempPath());
        var missing = PipelineRunner.RequiredHandlers.Where(h => !catalog.Contains(h)).ToList();
        if (missing.Count > 0)
        {
            Skip = $"LocalHandlerCatalog lacks {string.Join(", ", missing)}";
        }
    }
}
