using System.Text.Json;
using TechShop.Core.Lake;
using TechShop.Core.Realtime;

namespace TechShop.Core.Streaming;

/// <summary>
/// Dead letters as lake objects at <c>LakeKey.DeadLetter(topic, day of the Kafka timestamp, partition, offset)</c>,
/// JSON <c>{topic, partition, offset, timestamp, key, value, reason, detail}</c> (CONTRACTS.md "Lake"): key and value
/// base64 of the original bytes (key null for a keyless record), timestamp in epoch milliseconds as Kafka has it,
/// reason the <see cref="BadRecordKind"/> name.
/// </summary>
public sealed class LakeDeadLetterSink(ILake lake) : IDeadLetterSink
{
    private const string JsonContentType = "application/json";

    private readonly ILake _lake = lake ?? throw new ArgumentNullException(nameof(lake));

    /// <summary>The lake key of a record's dead letter.</summary>
    public static string KeyOf(StreamRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return LakeKey.DeadLetter(record.Topic, DateOnly.FromDateTime(record.Timestamp), record.Partition, record.Offset);
    }

    /// <summary>The JSON body of a dead letter, UTF-8.</summary>
    public static byte[] Serialize(DeadLetter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        var record = letter.Record;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("topic", record.Topic);
            json.WriteNumber("partition", record.Partition);
            json.WriteNumber("offset", record.Offset);
            json.WriteNumber("timestamp", RealtimeTime.ToUnixMilliseconds(record.Timestamp));
            if (record.Key is { } key)
            {
                json.WriteBase64String("key", key.Span);
            }
            else
            {
                json.WriteNull("key");
            }

            json.WriteBase64String("value", record.Value.Span);
            json.WriteString("reason", letter.Reason.ToString());
            json.WriteString("detail", letter.Detail);
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    public async Task WriteAsync(DeadLetter letter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(letter);
        using var content = new MemoryStream(Serialize(letter), writable: false);
        await _lake.PutAsync(KeyOf(letter.Record), content, JsonContentType, cancellationToken);
    }
}
