using System.Text.Json;
using TechShop.Core.Domain;
using TechShop.Core.Extracts;
using TechShop.Core.Streaming;

namespace TechShop.Local.Generator;

/// <summary>
/// Writes stream events as JSON Lines, <c>{topic, key, event_time, bad_kind, late, payload}</c>, with the extract naming
/// conventions (snake_case, SCREAMING_SNAKE enums, <c>yyyy-MM-ddTHH:mm:ss.fffZ</c> times).
/// </summary>
public static class StreamEventJson
{
    /// <summary>Writes one line per event to <paramref name="output"/>, in sequence order; returns the number written.</summary>
    public static int WriteLines(IEnumerable<StreamEvent> events, Stream output, IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(output);
        var context = ExtractJsonContext.Default;
        var timeConverter = new UtcMillisecondsDateTimeConverter();
        var written = 0;
        using var writer = new Utf8JsonWriter(output);
        foreach (var e in events)
        {
            writer.WriteStartObject();
            writer.WriteString("topic", e.Topic);
            writer.WriteString("key", e.Key);
            writer.WritePropertyName("event_time");
            timeConverter.Write(writer, e.EventTime, context.Options);
            writer.WritePropertyName("bad_kind");
            JsonSerializer.Serialize(writer, e.BadKind, context.BadRecordKind);
            writer.WriteBoolean("late", e.IsLate);
            writer.WritePropertyName("payload");
            switch (e.Payload)
            {
                case OrderEvent order:
                    JsonSerializer.Serialize(writer, order, context.OrderEvent);
                    break;
                case Customer customer:
                    JsonSerializer.Serialize(writer, customer, context.Customer);
                    break;
                case ExchangeRate rate:
                    JsonSerializer.Serialize(writer, rate, context.ExchangeRate);
                    break;
                default:
                    throw new ArgumentException($"Event on '{e.Topic}' has a {e.Payload.GetType().Name} payload; expected OrderEvent, Customer or ExchangeRate.", nameof(events));
            }

            writer.WriteEndObject();
            writer.Flush();
            writer.Reset();
            output.WriteByte((byte)'\n');
            if (++written % 10_000 == 0)
            {
                progress?.Report(written);
            }
        }

        progress?.Report(written);
        return written;
    }
}
