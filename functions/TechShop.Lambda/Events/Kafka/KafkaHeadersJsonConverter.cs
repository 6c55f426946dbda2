using System.Text.Json;
using System.Text.Json.Serialization;

namespace TechShop.Lambda.Events.Kafka;

/// <summary>
/// Reads and writes Kafka headers as Lambda sends them: an array of one-entry objects whose values are arrays of
/// signed Java bytes (-128..127), decoded with <c>(byte)(sbyte)n</c>.
/// </summary>
public sealed class KafkaHeadersJsonConverter : JsonConverter<IReadOnlyList<KafkaHeader>>
{
    public override bool HandleNull => true;

    public override IReadOnlyList<KafkaHeader> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return [];
        }

        Expect(ref reader, JsonTokenType.StartArray, "the headers array");
        var headers = new List<KafkaHeader>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            Expect(ref reader, JsonTokenType.StartObject, "a header object { \"<name>\": [bytes] }");
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var name = reader.GetString()!;
                reader.Read();
                headers.Add(new KafkaHeader(name, ReadSignedBytes(ref reader, name)));
            }
        }

        return headers;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<KafkaHeader>? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartArray();
        foreach (var header in value ?? [])
        {
            writer.WriteStartObject();
            writer.WriteStartArray(header.Name);
            foreach (var b in header.Value.Span)
            {
                writer.WriteNumberValue((sbyte)b);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static byte[] ReadSignedBytes(ref Utf8JsonReader reader, string name)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return [];
        }

        Expect(ref reader, JsonTokenType.StartArray, $"header '{name}' as an array of bytes");
        var bytes = new List<byte>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var n) || n < sbyte.MinValue || n > byte.MaxValue)
            {
                throw new JsonException($"Kafka header '{name}' holds a value that is not a byte (-128..255).");
            }

            // Lambda sends signed Java bytes; (byte)(sbyte)n maps -1 to 0xFF. Unsigned writers (0..255) map to themselves.
            bytes.Add(n < 0 ? (byte)(sbyte)n : (byte)n);
        }

        return [.. bytes];
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType expected, string what)
    {
        if (reader.TokenType != expected)
        {
            throw new JsonException($"Expected {what} but found {reader.TokenType} in the Kafka headers.");
        }
    }
}
