using System.Text.Json.Serialization;

namespace TechShop.Lambda.Events.S3;

/// <summary>The request that caused the event.</summary>
public sealed record S3RequestParameters
{
    [JsonPropertyName("sourceIPAddress")]
    public string? SourceIPAddress { get; init; }
}
