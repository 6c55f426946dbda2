using System.Buffers.Binary;
using System.Text;
using TechShop.Avro.Events;
using TechShop.Core.Streaming;
using TechShop.Local.Generator;

namespace TechShop.Local.Streaming;

/// <summary>
/// Turns a generator <see cref="StreamEvent"/> into Kafka key and value bytes with the Avro <see cref="EventEncoder"/>
/// (Confluent wire format), then applies the byte-level bad kinds the generator flagged to the framed bytes, so the
/// hot path sees exactly the malformed records the plan counted. Domain bad kinds are already in the payload.
/// </summary>
public sealed class StreamRecordEncoder
{
    /// <summary>The schema id an <see cref="BadRecordKind.UnknownSchemaId"/> record carries: never assigned by a registry.</summary>
    public const int UnknownSchemaId = int.MaxValue;

    /// <summary>The length a <see cref="BadRecordKind.TruncatedBytes"/> record is cut to: inside the 5-byte header.</summary>
    public const int TruncatedLength = 3;

    /// <summary>The magic byte a <see cref="BadRecordKind.WrongMagicByte"/> record starts with (Confluent's is 0).</summary>
    public const byte WrongMagicByte = 0x01;

    private readonly EventEncoder _encoder;

    public StreamRecordEncoder(EventEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(encoder);
        _encoder = encoder;
    }

    /// <summary>Encodes one event (registering the topic's schema on first use).</summary>
    public async ValueTask<EncodedStreamRecord> EncodeAsync(StreamEvent streamEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(streamEvent);
        var framed = await _encoder.EncodeAsync(streamEvent.Topic, streamEvent.Payload, cancellationToken).ConfigureAwait(false);
        return new EncodedStreamRecord(streamEvent.Topic, Encoding.UTF8.GetBytes(streamEvent.Key), Damage(framed, streamEvent.BadKind), streamEvent.EventTime);
    }

    /// <summary>
    /// Applies a byte-level bad kind to Confluent-framed bytes: truncation cuts inside the header (so a decoder tells it
    /// apart from a malformed body), a wrong magic byte replaces byte 0, an unknown schema id rewrites bytes 1..4.
    /// Other kinds return the bytes unchanged.
    /// </summary>
    public static byte[] Damage(byte[] framed, BadRecordKind kind)
    {
        ArgumentNullException.ThrowIfNull(framed);
        if (framed.Length < 5 && kind is BadRecordKind.WrongMagicByte or BadRecordKind.UnknownSchemaId)
        {
            throw new ArgumentException($"A Confluent-framed value has at least 5 bytes; got {framed.Length}.", nameof(framed));
        }

        switch (kind)
        {
            case BadRecordKind.TruncatedBytes:
                return framed[..Math.Min(TruncatedLength, framed.Length)];
            case BadRecordKind.WrongMagicByte:
                var wrongMagic = (byte[])framed.Clone();
                wrongMagic[0] = WrongMagicByte;
                return wrongMagic;
            case BadRecordKind.UnknownSchemaId:
                var unknownId = (byte[])framed.Clone();
                BinaryPrimitives.WriteInt32BigEndian(unknownId.AsSpan(1, 4), UnknownSchemaId);
                return unknownId;
            default:
                return framed;
        }
    }
}
