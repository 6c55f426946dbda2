using System.Text.Json.Serialization;

namespace TechShop.Lambda.Events.S3;

/// <summary>The bucket of a notification record.</summary>
public sealed record S3BucketEntity
{
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    [JsonPropertyName("ownerIdentity")]
    public S3UserIdentity? OwnerIdentity { get; init; }

    [JsonPropertyName("arn")]
    public string? Arn { get; init; }
}
