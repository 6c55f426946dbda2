using System.Text.Json;

namespace TechShop.Functions.Tests.Process;

/// <summary>What the runtime posted: a response, an invocation error or an init error.</summary>
public sealed record RuntimePost(string Kind, string? ContentType, string? ErrorTypeHeader, byte[] Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;
}
