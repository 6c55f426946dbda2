using System.Text.Json;

namespace TechShop.Local.Invoke;

/// <summary>Reads the event JSON of a local invocation from a file, checking that it is one JSON document.</summary>
public static class LocalEventFile
{
    /// <summary>The file's bytes; throws <see cref="LocalEventFileException"/> naming the file and the problem.</summary>
    public static async Task<byte[]> ReadAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new LocalEventFileException(path, "the file does not exist");
        }

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        try
        {
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
            if (!reader.Read())
            {
                throw new LocalEventFileException(path, "the file is empty; expected one JSON event");
            }

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

        return bytes;
    }
}
