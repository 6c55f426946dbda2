using System.Text.Json.Serialization;

namespace TechShop.Lambda.Events.Kafka;

/// <summary>The schema the event source mapping's registry integration found for a key or value.</summary>
public sealed record KafkaSchemaMetadata
{
    /// <summary>For example <c>AVRO</c>, <c>JSON</c>, <c>PROTOBUF</c>.</summary>
    [JsonPropertyName("dataFormat")]
    public string? DataFormat { get; init; }

    [JsonPropertyName("schemaId")]
    public string? SchemaId { get; init; }
}
