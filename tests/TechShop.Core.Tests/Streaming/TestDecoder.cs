using System.Buffers.Binary;
using TechShop.Core.Domain;
using TechShop.Core.Streaming;

namespace TechShop.Core.Tests.Streaming;

/// <summary>
/// A decoder that checks Confluent framing like the real one (magic byte 0, a 4-byte big-endian schema id it
/// knows) and maps the payload (a 4-byte handle) to a value registered by the test.
/// </summary>
internal sealed class TestDecoder : IStreamRecordDecoder
{
    public const int SchemaId = 42;

    private readonly Dictionary<int, DecodedRecord> _values = [];
    private readonly HashSet<int> _unreachable = [];

    public int Calls { get; private set; }

    public byte[] Encode(OrderEvent order) => Register(DecodedRecord.Of(order));

    public byte[] Encode(Customer customer) => Register(DecodedRecord.Of(customer));

    public byte[] Encode(ExchangeRate rate) => Register(DecodedRecord.Of(rate));

    /// <summary>A value whose decoding fails as if the schema registry could not be reached.</summary>
    public byte[] Unreachable()
    {
        var bytes = Register(default);
        _unreachable.Add(BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(5)));
        return bytes;
    }

    public static byte[] Framed(int schemaId, int handle)
    {
        var bytes = new byte[9];
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(1), schemaId);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(5), handle);
        return bytes;
    }

    public ValueTask<DecodedRecord> DecodeAsync(string topic, ReadOnlyMemory<byte> value, CancellationToken cancellationToken = default)
    {
        Calls++;
        var span = value.Span;
        if (span.Length < 9)
        {
            return ValueTask.FromResult(DecodedRecord.Fail(BadRecordKind.TruncatedBytes, $"{span.Length} bytes; expected at least 9."));
        }

        if (span[0] != 0)
        {
            throw new BadRecordException(BadRecordKind.WrongMagicByte, $"Magic byte 0x{span[0]:X2}; expected 0x00.");
        }

        var schemaId = BinaryPrimitives.ReadInt32BigEndian(span[1..]);
        if (schemaId != SchemaId)
        {
            return ValueTask.FromResult(DecodedRecord.Fail(BadRecordKind.UnknownSchemaId, $"Schema id {schemaId} is not registered."));
        }

        var handle = BinaryPrimitives.ReadInt32BigEndian(span[5..]);
        if (_unreachable.Contains(handle))
        {
            throw new HttpRequestException("Schema registry at http://127.0.0.1:1 refused the connection.");
        }

        return ValueTask.FromResult(_values[handle]);
    }

    private byte[] Register(DecodedRecord value)
    {
        var handle = _values.Count + 1;
        _values.Add(handle, value);
        return Framed(SchemaId, handle);
    }
}
