using System.Text.Json.Serialization;

namespace TechShop.Lambda.Events.Kafka;

/// <summary>
/// The partial batch response of a Kafka handler (<c>ReportBatchItemFailures</c>): per failed partition, the first
/// failed offset; Lambda resumes that partition from it. An empty list means the whole batch succeeded.
/// </summary>
public sealed record KafkaBatchResponse
{
    [JsonPropertyName("batchItemFailures")]
    public IReadOnlyList<KafkaBatchItemFailure> BatchItemFailures { get; init => field = value ?? []; } = [];

    /// <summary>The response of a batch in which every record succeeded.</summary>
    public static KafkaBatchResponse Success { get; } = new();

    /// <summary>The response reporting, per partition, the lowest offset among <paramref name="failedRecords"/>.</summary>
    public static KafkaBatchResponse ForFailedRecords(IEnumerable<KafkaEventRecord> failedRecords)
    {
        ArgumentNullException.ThrowIfNull(failedRecords);
        var firstFailed = new Dictionary<string, long>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var record in failedRecords)
        {
            var key = record.PartitionKey;
            if (!firstFailed.TryGetValue(key, out var offset))
            {
                order.Add(key);
                firstFailed[key] = record.Offset;
            }
            else if (record.Offset < offset)
            {
                firstFailed[key] = record.Offset;
            }
        }

        return new KafkaBatchResponse
        {
            BatchItemFailures = order
                .Select(key => new KafkaBatchItemFailure(new KafkaItemIdentifier(key, firstFailed[key])))
                .ToList(),
        };
    }
}
