using System.Text.Json.Serialization;

namespace TechShop.Lambda.Events.Kafka;

/// <summary>One Kafka record of a <see cref="KafkaEvent"/>.</summary>
/// <remarks>
/// Unlike <c>Amazon.Lambda.KafkaEvents</c>, <see cref="Key"/> and <see cref="Value"/> hold the raw bytes: they are
/// base64-decoded once, straight from the UTF-8 JSON, with no intermediate string or stream.
/// </remarks>
[JsonConverter(typeof(KafkaEventRecordJsonConverter))]
public sealed record KafkaEventRecord
{
    /// <summary>The record's own topic (use it, never the records-map key: topic names contain dashes).</summary>
    [JsonPropertyName("topic")]
    public required string Topic { get; init; }

    [JsonPropertyName("partition")]
    public required int Partition { get; init; }

    [JsonPropertyName("offset")]
    public required long Offset { get; init; }

    /// <summary>Epoch milliseconds, of the kind named by <see cref="TimestampType"/>.</summary>
    [JsonPropertyName("timestamp")]
    public long Timestamp { get; init; }

    /// <summary><c>CREATE_TIME</c> or <c>LOG_APPEND_TIME</c>.</summary>
    [JsonPropertyName("timestampType")]
    public string? TimestampType { get; init; }

    /// <summary>The key bytes, or null for a keyless record.</summary>
    [JsonPropertyName("key")]
    public byte[]? Key { get; init; }

    /// <summary>The value bytes, or null for a tombstone.</summary>
    [JsonPropertyName("value")]
    public byte[]? Value { get; init; }

    /// <summary>Headers in record order; duplicate names are separate entries.</summary>
    /// <remarks>Source-generated JSON sets a property missing from the event to null: collections fall back to empty.</remarks>
    [JsonPropertyName("headers")]
    [JsonConverter(typeof(KafkaHeadersJsonConverter))]
    public IReadOnlyList<KafkaHeader> Headers { get; init => field = value ?? []; } = [];

    /// <summary>Set when the mapping's schema-registry integration is configured.</summary>
    [JsonPropertyName("keySchemaMetadata")]
    public KafkaSchemaMetadata? KeySchemaMetadata { get; init; }

    /// <summary>Set when the mapping's schema-registry integration is configured.</summary>
    [JsonPropertyName("valueSchemaMetadata")]
    public KafkaSchemaMetadata? ValueSchemaMetadata { get; init; }

    /// <summary>The records-map key and batch-failure partition of this record: <c>&lt;topic&gt;-&lt;partition&gt;</c>.</summary>
    [JsonIgnore]
    public string PartitionKey => $"{Topic}-{Partition}";

    /// <summary>True for a tombstone (no value).</summary>
    [JsonIgnore]
    public bool IsTombstone => Value is null;

    /// <summary>The timestamp as a UTC instant.</summary>
    [JsonIgnore]
    public DateTimeOffset TimestampUtc => DateTimeOffset.FromUnixTimeMilliseconds(Timestamp);

    /// <summary>The value of the first header named <paramref name="name"/> (ordinal match).</summary>
    public bool TryGetHeader(string name, out ReadOnlyMemory<byte> value)
    {
        foreach (var header in Headers)
        {
            if (string.Equals(header.Name, name, StringComparison.Ordinal))
            {
                value = header.Value;
                return true;
            }
        }

        value = default;
        return false;
    }
}
