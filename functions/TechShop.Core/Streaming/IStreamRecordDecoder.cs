namespace TechShop.Core.Streaming;

/// <summary>
/// The decoder port of the hot path: a record value (Confluent wire format) of a topic to its domain value.
/// Permanent failures (TruncatedBytes, WrongMagicByte, UnknownSchemaId, MalformedValue) are returned as
/// <see cref="DecodedRecord.Fail"/> or thrown as <see cref="BadRecordException"/>; any other exception (an
/// unreachable schema registry) is transient and leaves the record for redelivery.
/// </summary>
public interface IStreamRecordDecoder
{
    /// <summary>Decodes the value of one record of <paramref name="topic"/>; completes synchronously when the schema is cached.</summary>
    ValueTask<DecodedRecord> DecodeAsync(string topic, ReadOnlyMemory<byte> value, CancellationToken cancellationToken = default);
}
