using System.Text.Json.Serialization;

namespace TechShop.Lambda.Events.Sqs;

/// <summary>A batch of Amazon SQS messages from an event source mapping (follows <c>Amazon.Lambda.SQSEvents.SQSEvent</c>).</summary>
public sealed record SqsEvent
{
    /// <summary>The <c>eventSource</c> of every record Lambda delivers from an SQS queue.</summary>
    public const string EventSourceName = "aws:sqs";

    [JsonPropertyName("Records")]
    public IReadOnlyList<SqsMessage> Records { get; init => field = value ?? []; } = [];
}
