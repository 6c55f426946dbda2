using System.Text.Json;

namespace TechShop.Local.Invoke;

/// <summary>Reads the event JSON of a local invocation from a file, checking that it is one JSON document.</summary>
public static class LocalEventFile
{
    private static ReadOnlySpan<byte> Utf8ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>The file's bytes; throws <see cref="LocalEventFileException"/> naming the file and the problem.</summary>
    public static async Task<byte[]> ReadAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new LocalEventFileException(path, "the file does not exist");
        }

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        var json = bytes.AsMemory();
        if (json.Span.StartsWith(Utf8ByteOrderMark))
        {
            json = json[Utf8ByteOrderMark.Length..];
        }

        if (json.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            throw new LocalEventFileException(path, "the file is empty; expected one JSON event");
        }

        try
        {
            var reader = new Utf8JsonReader(json.Span, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowMultipleValues = true });
            reader.Read();
            reader.Skip();
            if (reader.Read())
            {
                throw new LocalEventFileException(path, $"expected one JSON event, but more follows at byte {reader.TokenStartIndex}");
            }
        }
        catch (JsonException e)
        {
            throw new LocalEventFileException(path, $"the file is not valid JSON: {e.Message}", e);
        }

        return json.ToArray();
    }
}
