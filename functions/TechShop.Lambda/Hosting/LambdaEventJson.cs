using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace TechShop.Lambda.Hosting;

/// <summary>Reads an event with its source-generated metadata; a malformed event is a <see cref="LambdaEventFormatException"/>.</summary>
internal static class LambdaEventJson
{
    public static TEvent Parse<TEvent>(ReadOnlyMemory<byte> eventJson, JsonTypeInfo<TEvent> eventType, string handler, string eventKind)
        where TEvent : class
    {
        try
        {
            return JsonSerializer.Deserialize(eventJson.Span, eventType)
                ?? throw new LambdaEventFormatException(handler, eventKind, "the event is JSON null");
        }
        catch (JsonException e)
        {
            throw new LambdaEventFormatException(handler, eventKind, e.Message, e);
        }
    }

    /// <summary>
    /// The <c>eventSource</c> of the event's first record (<c>aws:s3</c>, <c>aws:sqs</c>, ...), or null when the event has
    /// no records or the first has none. Reads only as far as that property; the event is parsed in full afterwards.
    /// </summary>
    public static string? FirstRecordEventSource(ReadOnlySpan<byte> eventJson, string handler, string eventKind)
    {
        try
        {
            var reader = new Utf8JsonReader(eventJson, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isRecords = reader.ValueTextEquals("Records"u8) || reader.ValueTextEquals("records"u8);
                reader.Read();
                if (!isRecords || reader.TokenType != JsonTokenType.StartArray)
                {
                    reader.Skip();
                    continue;
                }

                if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                {
                    return null;
                }

                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var isSource = reader.ValueTextEquals("eventSource"u8) || reader.ValueTextEquals("EventSource"u8);
                    reader.Read();
                    if (isSource)
                    {
                        return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                    }

                    reader.Skip();
                }

                return null;
            }

            return null;
        }
        catch (JsonException e)
        {
            throw new LambdaEventFormatException(handler, eventKind, e.Message, e);
        }
    }
}
