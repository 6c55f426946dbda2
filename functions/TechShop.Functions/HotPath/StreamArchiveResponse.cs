using System.Text.Json.Serialization;
using TechShop.Lambda.Events.Kafka;

namespace TechShop.Functions.HotPath;

/// <summary>
/// The answer of <c>stream-archive</c>: the partial batch response Lambda reads (<c>batchItemFailures</c>, one per
/// partition whose file could not be written, from its first offset) plus the lake keys written (<c>objectKeys</c>,
/// which Lambda ignores and logs and tests read).
/// </summary>
public sealed record StreamArchiveResponse
{
    [JsonPropertyName("batchItemFailures")]
    public IReadOnlyList<KafkaBatchItemFailure> BatchItemFailures { get; init; } = [];

    [JsonPropertyName("objectKeys")]
    public IReadOnlyList<string> ObjectKeys { get; init; } = [];
}
