using System.Text.Json.Serialization;

namespace TechShop.Lambda.Events.S3;

/// <summary>The <c>s3</c> part of a notification record: the bucket and the object.</summary>
public sealed record S3Entity
{
    [JsonPropertyName("s3SchemaVersion")]
    public string? S3SchemaVersion { get; init; }

    /// <summary>The id of the bucket's notification configuration that fired.</summary>
    [JsonPropertyName("configurationId")]
    public string? ConfigurationId { get; init; }

    [JsonPropertyName("bucket")]
    public required S3BucketEntity Bucket { get; init; }

    [JsonPropertyName("object")]
    public required S3ObjectEntity Object { get; init; }
}
