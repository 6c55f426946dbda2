using System.Text.Json.Serialization;

namespace TechShop.Lambda.Events.Sqs;

/// <summary>
/// The partial batch response of an SQS handler (<c>ReportBatchItemFailures</c>): the messages to leave on the queue;
/// Lambda deletes every other message of the batch. An empty list means the whole batch succeeded.
/// </summary>
public sealed record SqsBatchResponse
{
    [JsonPropertyName("batchItemFailures")]
    public IReadOnlyList<SqsBatchItemFailure> BatchItemFailures { get; init => field = value ?? []; } = [];

    /// <summary>The response of a batch in which every message succeeded.</summary>
    public static SqsBatchResponse Success { get; } = new();

    /// <summary>The response naming <paramref name="failedMessages"/>, each once, in order.</summary>
    public static SqsBatchResponse ForFailedMessages(IEnumerable<SqsMessage> failedMessages)
    {
        ArgumentNullException.ThrowIfNull(failedMessages);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return new SqsBatchResponse
        {
            BatchItemFailures = [.. failedMessages.Where(m => seen.Add(m.MessageId)).Select(m => new SqsBatchItemFailure(m.MessageId))],
        };
    }
}
