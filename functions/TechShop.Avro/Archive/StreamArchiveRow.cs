using System.Text;

namespace TechShop.Avro.Archive;

/// <summary>
/// One archived Kafka record as a <c>BRONZE.STREAM_&lt;TOPIC&gt;</c> row, before lineage: its coordinates, its value as it
/// was on the topic, what decoding it gave (<see cref="StreamArchiveDecodeStatus"/>) and, when decoded, the payload columns.
/// </summary>
public sealed record StreamArchiveRow(
    ArchivedKafkaRecord Record,
    int? SchemaId,
    string DecodeStatus,
    string? DecodeError,
    IReadOnlyList<StreamPayloadColumn> Payload)
{
    /// <summary>The record key as UTF-8 text (CONTRACTS.md: keys are UTF-8 strings), or null for a record without a key.</summary>
    public string? RecordKey => Record.Key is null ? null : Encoding.UTF8.GetString(Record.Key);

    /// <summary>The value bytes as on the topic (Confluent-framed), base64; null for a tombstone.</summary>
    public string? ValueBase64 => Record.Value is null ? null : Convert.ToBase64String(Record.Value);
}
