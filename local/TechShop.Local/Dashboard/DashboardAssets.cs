using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace TechShop.Local.Dashboard;

/// <summary>
/// The page's files (dashboards/local/static), embedded in this assembly as <c>dashboard/&lt;path&gt;</c>, so the
/// dashboard needs no files next to the binary.
/// </summary>
internal static class DashboardAssets
{
    private const string Prefix = "dashboard/";

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".svg"] = "image/svg+xml",
    };

    /// <summary>The embedded file names, without the prefix (e.g. <c>index.html</c>, <c>vendor/chart.umd.min.js</c>).</summary>
    public static IReadOnlyList<string> Names { get; } = typeof(DashboardAssets).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..].Replace('\\', '/'))
        .ToList();

    public static void Map(WebApplication app)
    {
        app.MapGet("/", context => ServeAsync(context, "index.html"));
        app.MapGet("/{**path}", context => ServeAsync(context, context.Request.Path.Value!.TrimStart('/')));
    }

    private static async Task ServeAsync(HttpContext context, string name)
    {
        var assembly = typeof(DashboardAssets).Assembly;
        var resource = assembly.GetManifestResourceNames().FirstOrDefault(n => string.Equals(n.Replace('\\', '/'), Prefix + name, StringComparison.Ordinal));
        await using var stream = resource is null ? null : assembly.GetManifestResourceStream(resource);
        if (stream is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync($"No dashboard file '{name}'.", context.RequestAborted).ConfigureAwait(false);
            return;
        }

        context.Response.ContentType = ContentTypes.GetValueOrDefault(Path.GetExtension(name), "application/octet-stream");
        context.Response.ContentLength = stream.Length;
        await stream.CopyToAsync(context.Response.Body, context.RequestAborted).ConfigureAwait(false);
    }
}
