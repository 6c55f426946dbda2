using System.Text.Json;
using System.Text.Json.Serialization;
using TechShop.Lambda.Serialization;

namespace TechShop.Lambda.Events.S3;

/// <summary>
/// The body S3 writes to an SQS queue it notifies: an event notification (<c>{"Records":[...]}</c>, the same JSON as a
/// direct <see cref="S3Event"/>), or the <c>s3:TestEvent</c> S3 sends once when the notification configuration is saved.
/// </summary>
public sealed record S3NotificationMessage
{
    /// <summary>The <c>Event</c> of the message S3 sends when a notification configuration is saved.</summary>
    public const string TestEventName = "s3:TestEvent";

    [JsonPropertyName("Records")]
    public IReadOnlyList<S3EventNotificationRecord>? Records { get; init; }

    /// <summary><c>Amazon S3</c> on a test event.</summary>
    [JsonPropertyName("Service")]
    public string? Service { get; init; }

    /// <summary><c>s3:TestEvent</c> on a test event.</summary>
    [JsonPropertyName("Event")]
    public string? Event { get; init; }

    [JsonPropertyName("Time")]
    public DateTime? Time { get; init; }

    /// <summary>The bucket whose configuration was saved (test events only).</summary>
    [JsonPropertyName("Bucket")]
    public string? Bucket { get; init; }

    [JsonPropertyName("RequestId")]
    public string? RequestId { get; init; }

    [JsonPropertyName("HostId")]
    public string? HostId { get; init; }

    /// <summary>True for the <c>s3:TestEvent</c> message, which names no object.</summary>
    [JsonIgnore]
    public bool IsTestEvent => string.Equals(Event, TestEventName, StringComparison.Ordinal);

    /// <summary>The notification as an <see cref="S3Event"/> (no records for a test event).</summary>
    public S3Event ToS3Event() => new() { Records = Records ?? [] };

    /// <summary>
    /// Reads a message body; throws <see cref="S3NotificationFormatException"/> when it is not JSON, or neither a
    /// notification with at least one record nor a test event.
    /// </summary>
    public static S3NotificationMessage Parse(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        S3NotificationMessage? message;
        try
        {
            message = JsonSerializer.Deserialize(body, LambdaJsonContext.Default.S3NotificationMessage);
        }
        catch (JsonException e)
        {
            throw new S3NotificationFormatException($"the body is not an S3 notification: {e.Message}", e);
        }

        return message switch
        {
            null => throw new S3NotificationFormatException("the body is JSON null"),
            { IsTestEvent: true } => message,
            { Records.Count: > 0 } => message,
            { Event: { } other } => throw new S3NotificationFormatException($"the body is an S3 message of event '{other}', not {TestEventName} nor a notification with Records"),
            _ => throw new S3NotificationFormatException("the body has no Records (expected {\"Records\":[...]} or an s3:TestEvent)"),
        };
    }
}
