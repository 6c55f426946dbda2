using System.Text.Json.Serialization;

namespace TechShop.Lambda.Events.S3;

/// <summary>One record of an <see cref="S3Event"/>: what happened to which object.</summary>
public sealed record S3EventNotificationRecord
{
    /// <summary>Not validated: S3 has sent 2.1 to 2.3 by event type and a unified, increasing version since 2.4.</summary>
    [JsonPropertyName("eventVersion")]
    public string? EventVersion { get; init; }

    [JsonPropertyName("eventSource")]
    public string? EventSource { get; init; }

    [JsonPropertyName("awsRegion")]
    public string? AwsRegion { get; init; }

    [JsonPropertyName("eventTime")]
    public DateTime EventTime { get; init; }

    /// <summary>Without the <c>s3:</c> prefix, e.g. <c>ObjectCreated:Put</c>.</summary>
    [JsonPropertyName("eventName")]
    public required string EventName { get; init; }

    [JsonPropertyName("userIdentity")]
    public S3UserIdentity? UserIdentity { get; init; }

    [JsonPropertyName("requestParameters")]
    public S3RequestParameters? RequestParameters { get; init; }

    [JsonPropertyName("responseElements")]
    public S3ResponseElements? ResponseElements { get; init; }

    [JsonPropertyName("s3")]
    public required S3Entity S3 { get; init; }

    /// <summary>True for every <c>ObjectCreated:*</c> event.</summary>
    [JsonIgnore]
    public bool IsObjectCreated => EventName.StartsWith("ObjectCreated:", StringComparison.Ordinal);
}
