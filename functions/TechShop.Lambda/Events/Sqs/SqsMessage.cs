using System.Globalization;
using System.Text.Json.Serialization;

namespace TechShop.Lambda.Events.Sqs;

/// <summary>One message of an <see cref="SqsEvent"/>; <see cref="MessageId"/> is what a partial batch response names.</summary>
public sealed record SqsMessage
{
    [JsonPropertyName("messageId")]
    public required string MessageId { get; init; }

    [JsonPropertyName("receiptHandle")]
    public string? ReceiptHandle { get; init; }

    /// <summary>The message body as sent (SQS bodies are text; S3 notifications are JSON in it).</summary>
    [JsonPropertyName("body")]
    public string Body { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>System attributes: <c>ApproximateReceiveCount</c>, <c>SentTimestamp</c>, <c>SenderId</c>, <c>ApproximateFirstReceiveTimestamp</c>, ...</summary>
    [JsonPropertyName("attributes")]
    public IReadOnlyDictionary<string, string> Attributes { get; init => field = value ?? new Dictionary<string, string>(); } = new Dictionary<string, string>();

    [JsonPropertyName("messageAttributes")]
    public IReadOnlyDictionary<string, SqsMessageAttribute> MessageAttributes { get; init => field = value ?? new Dictionary<string, SqsMessageAttribute>(); } =
        new Dictionary<string, SqsMessageAttribute>();

    [JsonPropertyName("md5OfBody")]
    public string? Md5OfBody { get; init; }

    [JsonPropertyName("md5OfMessageAttributes")]
    public string? Md5OfMessageAttributes { get; init; }

    /// <summary><c>aws:sqs</c>.</summary>
    [JsonPropertyName("eventSource")]
    public string? EventSource { get; init; }

    /// <summary>The queue's ARN.</summary>
    [JsonPropertyName("eventSourceARN")]
    public string? EventSourceArn { get; init; }

    [JsonPropertyName("awsRegion")]
    public string? AwsRegion { get; init; }

    /// <summary>How many times the message was received, this time included (the queue's redrive counts the same), or null when absent.</summary>
    [JsonIgnore]
    public int? ApproximateReceiveCount =>
        Attributes.TryGetValue("ApproximateReceiveCount", out var count)
        && int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
