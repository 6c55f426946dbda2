using System.Text;
using System.Text.Json;
using TechShop.Lambda.Hosting;
using TechShop.Local.Invoke;

namespace TechShop.Functions.Tests.HotPath;

/// <summary>Invokes a handler through the local invoker (as `techshop invoke` does), keeping its response and log lines.</summary>
internal sealed record HotPathInvocation(LocalInvocationResult Result, IReadOnlyList<JsonElement> LogLines)
{
    public string ResponseJson => Encoding.UTF8.GetString(Result.Payload.Span);

    public static async Task<HotPathInvocation> RunAsync(ILambdaHandler handler, byte[] eventJson)
    {
        var catalog = new LambdaHandlerCatalog().Register(handler.Name, () => handler);
        using var log = new MemoryStream();
        var result = await new LocalInvoker(catalog, log).InvokeAsync(handler.Name, eventJson, CancellationToken.None);
        var lines = Encoding.UTF8.GetString(log.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.Clone()).ToList();
        return new HotPathInvocation(result, lines);
    }

    /// <summary>The EMF value of <paramref name="metric"/> in the document whose dimension values match.</summary>
    public double? Metric(string metric, string? reason = null) => LogLines
        .Where(l => l.TryGetProperty("_aws", out _) && l.TryGetProperty(metric, out _))
        .Where(l => reason is null ? !l.TryGetProperty("Reason", out _) : l.TryGetProperty("Reason", out var r) && r.GetString() == reason)
        .Select(l => (double?)l.GetProperty(metric).GetDouble())
        .SingleOrDefault();
}
