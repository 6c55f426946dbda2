using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TechShop.Core.Extracts;

/// <summary>
/// Writes UTC times as <c>yyyy-MM-ddTHH:mm:ss.fffZ</c> (always three fraction digits, so that files are byte-stable
/// and sort as text) and reads the same shape back as <see cref="DateTimeKind.Utc"/>.
/// </summary>
public sealed class UtcMillisecondsDateTimeConverter : JsonConverter<DateTime>
{
    public const string Format = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        if (text is null || !DateTime.TryParseExact(text, Format, CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var value))
        {
            throw new JsonException($"Expected a UTC time formatted {Format}, got '{text}'.");
        }

        return DateTime.SpecifyKind(value, DateTimeKind.Utc);
    }

    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var utc = value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value;
        Span<char> buffer = stackalloc char[24];
        utc.TryFormat(buffer, out var written, Format, CultureInfo.InvariantCulture);
        writer.WriteStringValue(buffer[..written]);
    }
}
