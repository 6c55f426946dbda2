namespace TechShop.Avro.Archive;

/// <summary>The <c>decode_status</c> of a stream-archive bronze row (sql/warehouse/README.md): what became of the record's value.</summary>
public static class StreamArchiveDecodeStatus
{
    /// <summary>The value decoded; the payload columns hold it.</summary>
    public const string Decoded = "DECODED";

    /// <summary>The value can never decode (bad frame, malformed Avro, unknown schema id, incompatible writer schema); <c>decode_error</c> says why.</summary>
    public const string Undecodable = "UNDECODABLE";

    /// <summary>The record has a null value (a Kafka tombstone).</summary>
    public const string Tombstone = "TOMBSTONE";
}
