using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace TechShop.Lambda.Events.Kafka;

/// <summary>
/// Reads and writes one <see cref="KafkaEventRecord"/> by hand: a batch holds up to 10,000 of them, and the generated
/// path for a type with required init-only members goes through its argument cache (measured: most of the parse time).
/// Same contract as the generated one: camelCase names matched case-insensitively, unknown members skipped, the
/// required <c>topic</c>, <c>partition</c> and <c>offset</c> named when missing, nulls left out when writing.
/// </summary>
public sealed class KafkaEventRecordJsonConverter : JsonConverter<KafkaEventRecord>
{
    private static readonly KafkaHeadersJsonConverter Headers = new();

    private static readonly (byte[] Name, Member Member)[] Names =
    [
        ("topic"u8.ToArray(), Member.Topic), ("partition"u8.ToArray(), Member.Partition), ("offset"u8.ToArray(), Member.Offset),
        ("timestamp"u8.ToArray(), Member.Timestamp), ("timestampType"u8.ToArray(), Member.TimestampType),
        ("key"u8.ToArray(), Member.Key), ("value"u8.ToArray(), Member.Value), ("headers"u8.ToArray(), Member.Headers),
        ("keySchemaMetadata"u8.ToArray(), Member.KeySchemaMetadata), ("valueSchemaMetadata"u8.ToArray(), Member.ValueSchemaMetadata),
    ];

    public override KafkaEventRecord Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a Kafka record object but found {reader.TokenType}.");
        }

        string? topic = null, timestampType = null;
        int? partition = null;
        long? offset = null;
        long timestamp = 0;
        byte[]? key = null, value = null;
        IReadOnlyList<KafkaHeader> headers = [];
        KafkaSchemaMetadata? keySchema = null, valueSchema = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var member = MemberOf(ref reader);
            reader.Read();
            switch (member)
            {
                case Member.Topic:
                    topic = reader.GetString() ?? throw new JsonException("The Kafka record's 'topic' is null; expected the topic name.");
                    break;
                case Member.Partition:
                    partition = reader.GetInt32();
                    break;
                case Member.Offset:
                    offset = reader.GetInt64();
                    break;
                case Member.Timestamp:
                    timestamp = reader.GetInt64();
                    break;
                case Member.TimestampType:
                    timestampType = reader.GetString();
                    break;
                case Member.Key:
                    key = reader.TokenType == JsonTokenType.Null ? null : reader.GetBytesFromBase64();
                    break;
                case Member.Value:
                    value = reader.TokenType == JsonTokenType.Null ? null : reader.GetBytesFromBase64();
                    break;
                case Member.Headers:
                    headers = Headers.Read(ref reader, typeof(IReadOnlyList<KafkaHeader>), options);
                    break;
                case Member.KeySchemaMetadata:
                    keySchema = JsonSerializer.Deserialize(ref reader, MetadataInfo(options));
                    break;
                case Member.ValueSchemaMetadata:
                    valueSchema = JsonSerializer.Deserialize(ref reader, MetadataInfo(options));
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return new KafkaEventRecord
        {
            Topic = topic ?? throw Missing("topic"),
            Partition = partition ?? throw Missing("partition"),
            Offset = offset ?? throw Missing("offset"),
            Timestamp = timestamp,
            TimestampType = timestampType,
            Key = key,
            Value = value,
            Headers = headers,
            KeySchemaMetadata = keySchema,
            ValueSchemaMetadata = valueSchema,
        };
    }

    public override void Write(Utf8JsonWriter writer, KafkaEventRecord value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("topic"u8, value.Topic);
        writer.WriteNumber("partition"u8, value.Partition);
        writer.WriteNumber("offset"u8, value.Offset);
        writer.WriteNumber("timestamp"u8, value.Timestamp);
        if (value.TimestampType is not null)
        {
            writer.WriteString("timestampType"u8, value.TimestampType);
        }

        if (value.Key is not null)
        {
            writer.WriteBase64String("key"u8, value.Key);
        }

        if (value.Value is not null)
        {
            writer.WriteBase64String("value"u8, value.Value);
        }

        writer.WritePropertyName("headers"u8);
        Headers.Write(writer, value.Headers, options);
        if (value.KeySchemaMetadata is not null)
        {
            writer.WritePropertyName("keySchemaMetadata"u8);
            JsonSerializer.Serialize(writer, value.KeySchemaMetadata, MetadataInfo(options));
        }

        if (value.ValueSchemaMetadata is not null)
        {
            writer.WritePropertyName("valueSchemaMetadata"u8);
            JsonSerializer.Serialize(writer, value.ValueSchemaMetadata, MetadataInfo(options));
        }

        writer.WriteEndObject();
    }

    private static JsonTypeInfo<KafkaSchemaMetadata> MetadataInfo(JsonSerializerOptions options) =>
        (JsonTypeInfo<KafkaSchemaMetadata>)options.GetTypeInfo(typeof(KafkaSchemaMetadata));

    private static JsonException Missing(string name) =>
        new($"The Kafka record is missing its required property '{name}'.");

    // Exact camelCase first (what Lambda sends, no allocation); any other casing through a case-insensitive comparison.
    private static Member MemberOf(ref Utf8JsonReader reader)
    {
        foreach (var (name, member) in Names)
        {
            if (reader.ValueTextEquals(name))
            {
                return member;
            }
        }

        var text = reader.GetString()!;
        foreach (var (utf8, member) in Names)
        {
            if (Ascii.EqualsIgnoreCase(utf8, text))
            {
                return member;
            }
        }

        return Member.Unknown;
    }

    private enum Member
    {
        Unknown,
        Topic,
        Partition,
        Offset,
        Timestamp,
        TimestampType,
        Key,
        Value,
        Headers,
        KeySchemaMetadata,
        ValueSchemaMetadata,
    }
}
