using System.Text.Json;
using TechShop.Avro.Codecs;
using TechShop.Avro.Container;
using TechShop.Avro.Errors;
using TechShop.Avro.Events;
using TechShop.Avro.Framing;
using TechShop.Core.Extracts;

namespace TechShop.Avro.Archive;

/// <summary>
/// Turns a stream archive file (an Avro container of <c>com.techshop.archive.KafkaRecord</c>) into bronze rows, the one
/// decoding both warehouses load with: a value that can never decode is kept with its bytes and the reason; a registry
/// outage (<see cref="Registry.SchemaRegistryUnavailableException"/>) propagates, so the load fails before writing anything.
/// </summary>
public sealed class StreamArchiveDecoder
{
    private readonly EventDecoder? _events;
    private readonly string _missingRegistry;

    /// <param name="events">Decodes record values; null when no registry is configured (then only tombstones and bad frames load).</param>
    /// <param name="missingRegistry">What to tell the operator when a value needs the registry and <paramref name="events"/> is null.</param>
    public StreamArchiveDecoder(EventDecoder? events, string missingRegistry = "no schema registry is configured")
    {
        _events = events;
        _missingRegistry = missingRegistry;
    }

    /// <summary>Reads every record of an archive file.</summary>
    /// <exception cref="AvroContainerException">Not a container, a bad sync marker, a truncated block, or a schema that is not KafkaRecord (permanent).</exception>
    public static IReadOnlyList<ArchivedKafkaRecord> ReadRecords(ReadOnlySpan<byte> file) => AvroContainerReader.ReadAll(file, KafkaRecordCodec.Instance);

    /// <summary>Decodes every record of <paramref name="records"/>, in order.</summary>
    public async Task<IReadOnlyList<StreamArchiveRow>> DecodeAllAsync(IReadOnlyList<ArchivedKafkaRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        var rows = new StreamArchiveRow[records.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = await DecodeAsync(records[i], cancellationToken).ConfigureAwait(false);
        }

        return rows;
    }

    /// <summary>Decodes one record's value into a bronze row; a value that can never decode gives an UNDECODABLE row, not an exception.</summary>
    public async Task<StreamArchiveRow> DecodeAsync(ArchivedKafkaRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Value is null)
        {
            return new StreamArchiveRow(record, null, StreamArchiveDecodeStatus.Tombstone, null, []);
        }

        int? schemaId = null;
        try
        {
            schemaId = ConfluentFrame.ReadSchemaId(record.Value, out _);
            if (_events is null)
            {
                throw new InvalidOperationException($"Loading {record.Topic} records needs a schema registry to decode their values; {_missingRegistry}.");
            }

            var decoded = await _events.DecodeAsync(record.Topic, record.Value, cancellationToken).ConfigureAwait(false);
            return new StreamArchiveRow(record, schemaId, StreamArchiveDecodeStatus.Decoded, null, Columns(decoded.Value));
        }
        catch (Exception e) when (e is ConfluentFramingException or MalformedAvroException or UnknownSchemaIdException
            or IncompatibleWriterSchemaException or UnknownTopicException)
        {
            return new StreamArchiveRow(record, schemaId, StreamArchiveDecodeStatus.Undecodable, $"{e.GetType().Name}: {e.Message}", []);
        }
    }

    // The payload is named as the extract rows are (ExtractJsonContext): the bronze stream columns are those names.
    private static StreamPayloadColumn[] Columns(object value)
    {
        var typeInfo = ExtractJsonContext.Default.GetTypeInfo(value.GetType())
            ?? throw new InvalidOperationException($"{value.GetType().Name} is not registered in {nameof(ExtractJsonContext)}; it has no bronze columns.");
        var payload = JsonSerializer.SerializeToElement(value, typeInfo);
        return payload.EnumerateObject()
            .Select(p => new StreamPayloadColumn(p.Value.ValueKind is JsonValueKind.Array or JsonValueKind.Object ? p.Name + "_json" : p.Name, p.Value))
            .ToArray();
    }
}
