using System.Buffers.Binary;
using System.Text;

namespace TechShop.Keyspaces.Tests.Realtime;

/// <summary>Reads request bodies big-endian, keeping a [value] of length -2 ("not set") apart from null (-1).</summary>
internal sealed class WireReader(byte[] body)
{
    private int _position;

    public byte Byte() => body[_position++];

    public short Short() => BinaryPrimitives.ReadInt16BigEndian(Take(2));

    public int Int() => BinaryPrimitives.ReadInt32BigEndian(Take(4));

    public long Long() => BinaryPrimitives.ReadInt64BigEndian(Take(8));

    public byte[] ShortBytes() => Take((ushort)Short()).ToArray();

    public string LongString() => Encoding.UTF8.GetString(Take(Int()));

    public byte[]? Bytes()
    {
        var length = Int();
        return length < 0 ? null : Take(length).ToArray();
    }

    public CqlValue Value()
    {
        var length = Int();
        return length switch
        {
            -2 => CqlValue.NotSet,
            < 0 => CqlValue.Null,
            _ => new CqlValue(Take(length).ToArray(), false),
        };
    }

    public IReadOnlyList<CqlValue> Values()
    {
        var values = new CqlValue[Short()];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Value();
        }

        return values;
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        var span = body.AsSpan(_position, count);
        _position += count;
        return span;
    }
}
