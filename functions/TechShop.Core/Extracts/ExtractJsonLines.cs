using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace TechShop.Core.Extracts;

/// <summary>JSON Lines for extract files: one object per row, each line ended by <c>\n</c>, UTF-8 without BOM.</summary>
public static class ExtractJsonLines
{
    /// <summary>Serializes rows as JSON Lines with the extract conventions of <paramref name="typeInfo"/>.</summary>
    public static byte[] Serialize<T>(IEnumerable<T> rows, JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(typeInfo);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            foreach (var row in rows)
            {
                JsonSerializer.Serialize(writer, row, typeInfo);
                writer.Flush();
                writer.Reset();
                buffer.WriteByte((byte)'\n');
            }
        }

        return buffer.ToArray();
    }

    /// <summary>Reads JSON Lines back into rows; a malformed line fails with its 1-based line number.</summary>
    public static List<T> Deserialize<T>(ReadOnlySpan<byte> content, JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        var rows = new List<T>();
        var lineNumber = 0;
        while (!content.IsEmpty)
        {
            lineNumber++;
            var end = content.IndexOf((byte)'\n');
            var line = end < 0 ? content : content[..end];
            content = end < 0 ? [] : content[(end + 1)..];
            if (line.IsEmpty)
            {
                continue;
            }

            try
            {
                rows.Add(JsonSerializer.Deserialize(line, typeInfo)
                         ?? throw new JsonException("Expected a JSON object, got null."));
            }
            catch (JsonException ex)
            {
                throw new JsonException(
                    $"Line {lineNumber}: expected a {typeof(T).Name} row, {ex.Message} ({Encoding.UTF8.GetString(line[..Math.Min(line.Length, 120)])})",
                    ex);
            }
        }

        return rows;
    }
}
