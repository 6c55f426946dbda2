using System.Text.Json.Serialization;

namespace TechShop.Lambda.Events.S3;

/// <summary>The S3 response to the request that caused the event (ids for AWS support).</summary>
public sealed record S3ResponseElements
{
    [JsonPropertyName("x-amz-request-id")]
    public string? XAmzRequestId { get; init; }

    [JsonPropertyName("x-amz-id-2")]
    public string? XAmzId2 { get; init; }
}
