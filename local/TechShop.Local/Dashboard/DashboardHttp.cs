using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;
using TechShop.Core.Realtime;

namespace TechShop.Local.Dashboard;

/// <summary>Writes JSON answers and turns failures into an error status with a <see cref="DashboardError"/> body.</summary>
internal static class DashboardHttp
{
    public static RequestDelegate Handle(Func<HttpContext, Task> handler) => async context =>
    {
        try
        {
            await handler(context).ConfigureAwait(false);
        }
        catch (DashboardRequestException ex) when (!context.Response.HasStarted)
        {
            await ErrorAsync(context, ex.StatusCode, ex.Message).ConfigureAwait(false);
        }
        catch (TransientStoreException ex) when (!context.Response.HasStarted)
        {
            // The page retries on its next refresh; 503 says "try again", not "broken".
            await ErrorAsync(context, StatusCodes.Status503ServiceUnavailable, ex.Message).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && !context.Response.HasStarted)
        {
            await ErrorAsync(context, StatusCodes.Status500InternalServerError, $"{ex.GetType().Name}: {ex.Message}").ConfigureAwait(false);
        }
    };

    public static Task WriteAsync<T>(HttpContext context, T value, JsonTypeInfo<T> typeInfo)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        NoStore(context);
        return context.Response.WriteAsJsonAsync(value, typeInfo, contentType: "application/json; charset=utf-8", context.RequestAborted);
    }

    /// <summary>Writes a body built with a <see cref="Utf8JsonWriter"/> (for rows whose columns are known only at run time).</summary>
    public static async Task WriteAsync(HttpContext context, Action<Utf8JsonWriter> write)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json; charset=utf-8";
        NoStore(context);
        await using var json = new Utf8JsonWriter(context.Response.Body);
        write(json);
        await json.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }

    private static Task ErrorAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        NoStore(context);
        return context.Response.WriteAsJsonAsync(new DashboardError(message), DashboardJsonContext.Default.DashboardError,
            contentType: "application/json; charset=utf-8");
    }

    // Live figures change under a run: a cached answer would be a wrong answer.
    private static void NoStore(HttpContext context) => context.Response.Headers.CacheControl = "no-store";
}
