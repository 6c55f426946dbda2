using System.Text.Json.Serialization;

namespace TechShop.Lambda.Events.Kafka;

/// <summary>One entry of <see cref="KafkaBatchResponse.BatchItemFailures"/>.</summary>
public sealed record KafkaBatchItemFailure(
    [property: JsonPropertyName("itemIdentifier")] KafkaItemIdentifier ItemIdentifier);
