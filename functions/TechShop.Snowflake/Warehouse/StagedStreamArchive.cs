using System.Buffers;
using System.Globalization;
using System.Text.Json;
using TechShop.Avro.Archive;

namespace TechShop.Snowflake.Warehouse;

/// <summary>
/// Writes decoded archive rows as the JSON Lines object Snowflake's COPY reads: one object per Kafka record, in container
/// order (so <c>METADATA$FILE_ROW_NUMBER</c> is the record's position), properties named as the bronze columns. The
/// bytes depend on the rows alone, so a retry writes the same object.
/// </summary>
public static class StagedStreamArchive
{
    /// <summary>The media type of the staged object.</summary>
    public const string ContentType = "application/x-ndjson";

    /// <summary>
    /// The JSON Lines bytes of <paramref name="rows"/>: the record columns always (null when absent), then the payload
    /// columns the table has (<paramref name="columns"/>); a nested payload value is written as its JSON text.
    /// </summary>
    public static byte[] Write(IReadOnlyList<StreamArchiveRow> rows, IReadOnlyList<BronzeColumn> columns)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(columns);
        var tableColumns = columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var buffer = new ArrayBufferWriter<byte>(Math.Max(256, rows.Count * 512));
        using var json = new Utf8JsonWriter(buffer);
        foreach (var row in rows)
        {
            WriteRow(json, row, tableColumns);
            json.Flush();
            json.Reset();
            buffer.Write("\n"u8);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteRow(Utf8JsonWriter json, StreamArchiveRow row, HashSet<string> tableColumns)
    {
        var record = row.Record;
        json.WriteStartObject();
        json.WriteString("kafka_topic", record.Topic);
        json.WriteNumber("kafka_partition", record.Partition);
        json.WriteNumber("kafka_offset", record.Offset);
        // Kafka timestamps are UTC milliseconds; the extract's time format (CONTRACTS.md) keeps the cast the same as for extracts.
        var timestamp = record.Timestamp.Kind == DateTimeKind.Local ? record.Timestamp.ToUniversalTime() : record.Timestamp;
        json.WriteString("kafka_timestamp", timestamp.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
        json.WriteString("kafka_timestamp_type", record.TimestampType.ToString());
        json.WriteString("record_key", row.RecordKey);
        if (row.SchemaId is { } schemaId)
        {
            json.WriteNumber("schema_id", schemaId);
        }
        else
        {
            json.WriteNull("schema_id");
        }

        json.WriteString("decode_status", row.DecodeStatus);
        json.WriteString("decode_error", row.DecodeError);
        json.WriteString("value_base64", row.ValueBase64);
        foreach (var column in row.Payload)
        {
            if (!tableColumns.Contains(column.Name))
            {
                continue;
            }

            json.WritePropertyName(column.Name);
            if (column.IsNested)
            {
                json.WriteStringValue(column.Value.GetRawText());
            }
            else
            {
                column.Value.WriteTo(json);
            }
        }

        json.WriteEndObject();
    }
}
