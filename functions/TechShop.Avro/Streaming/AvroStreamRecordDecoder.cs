using TechShop.Avro.Errors;
using TechShop.Avro.Events;
using TechShop.Core.Domain;
using TechShop.Core.Streaming;

namespace TechShop.Avro.Streaming;

/// <summary>
/// The hot path's <see cref="IStreamRecordDecoder"/> over <see cref="EventDecoder"/>: a record that can never decode
/// (truncated, wrong magic byte, unknown schema id, malformed or unresolvable Avro) becomes a
/// <see cref="DecodedRecord.Fail"/> of the matching <see cref="BadRecordKind"/>; an unreachable registry propagates
/// (transient: the record waits for redelivery). Completes synchronously once a schema id is cached.
/// </summary>
public sealed class AvroStreamRecordDecoder : IStreamRecordDecoder
{
    private readonly EventDecoder _decoder;

    public AvroStreamRecordDecoder(EventDecoder decoder)
    {
        ArgumentNullException.ThrowIfNull(decoder);
        _decoder = decoder;
    }

    public ValueTask<DecodedRecord> DecodeAsync(string topic, ReadOnlyMemory<byte> value, CancellationToken cancellationToken = default)
    {
        ValueTask<DecodedEvent> pending;
        try
        {
            pending = _decoder.DecodeAsync(topic, value, cancellationToken);
            if (pending.IsCompletedSuccessfully)
            {
                return ValueTask.FromResult(ToRecord(pending.Result));
            }
        }
        catch (Exception ex) when (Classify(ex) is { } failure)
        {
            return ValueTask.FromResult(failure);
        }

        return AwaitAsync(pending);
    }

    /// <summary>The dead-letter verdict of a decoder exception, or null when the exception is not known to be permanent.</summary>
    public static DecodedRecord? Classify(Exception exception) => exception switch
    {
        ConfluentFramingException framing => DecodedRecord.Fail(
            framing.IsTruncated ? BadRecordKind.TruncatedBytes : BadRecordKind.WrongMagicByte, framing.Message),
        MalformedAvroException malformed => DecodedRecord.Fail(
            malformed.IsTruncated ? BadRecordKind.TruncatedBytes : BadRecordKind.MalformedValue, malformed.Message),
        UnknownSchemaIdException unknown => DecodedRecord.Fail(BadRecordKind.UnknownSchemaId, unknown.Message),
        IncompatibleWriterSchemaException incompatible => DecodedRecord.Fail(BadRecordKind.MalformedValue, incompatible.Message),
        UnknownTopicException topic => DecodedRecord.Fail(BadRecordKind.UnknownTopic, topic.Message),
        _ => null,
    };

    private static async ValueTask<DecodedRecord> AwaitAsync(ValueTask<DecodedEvent> pending)
    {
        try
        {
            return ToRecord(await pending.ConfigureAwait(false));
        }
        catch (Exception ex) when (Classify(ex) is { } failure)
        {
            return failure;
        }
    }

    private static DecodedRecord ToRecord(DecodedEvent decoded) => decoded.Value switch
    {
        OrderEvent order => DecodedRecord.Of(order),
        Customer customer => DecodedRecord.Of(customer),
        ExchangeRate rate => DecodedRecord.Of(rate),
        var other => DecodedRecord.Fail(BadRecordKind.UnknownTopic,
            $"Topic '{decoded.Topic}' decodes to {other.GetType().Name}; the hot path consumes order, customer and exchange-rate events."),
    };
}
