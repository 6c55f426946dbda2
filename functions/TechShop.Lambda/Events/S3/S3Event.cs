using System.Text.Json.Serialization;

namespace TechShop.Lambda.Events.S3;

/// <summary>An S3 event notification as delivered to Lambda (follows <c>Amazon.Lambda.S3Events.S3Event</c>).</summary>
public sealed record S3Event
{
    [JsonPropertyName("Records")]
    public IReadOnlyList<S3EventNotificationRecord> Records { get; init => field = value ?? []; } = [];
}
