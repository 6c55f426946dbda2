using System.Buffers.Binary;
using System.Net;
using System.Text;
using TechShop.Keyspaces.Errors;

namespace TechShop.Keyspaces.Protocol;

/// <summary>Big-endian reader over a frame body; every read checks bounds and names what was truncated.</summary>
public ref struct CqlBodyReader
{
    private readonly ReadOnlySpan<byte> _body;

    public CqlBodyReader(ReadOnlySpan<byte> body)
    {
        _body = body;
        Position = 0;
    }

    /// <summary>Offset of the next unread byte.</summary>
    public int Position { get; private set; }

    /// <summary>Bytes not read yet.</summary>
    public readonly int Remaining => _body.Length - Position;

    public byte ReadByte() => Take(1, "[byte]")[0];

    /// <summary>Reads a [short] (unsigned).</summary>
    public ushort ReadShort() => BinaryPrimitives.ReadUInt16BigEndian(Take(2, "[short]"));

    public int ReadInt() => BinaryPrimitives.ReadInt32BigEndian(Take(4, "[int]"));

    public long ReadLong() => BinaryPrimitives.ReadInt64BigEndian(Take(8, "[long]"));

    public Consistency ReadConsistency() => (Consistency)ReadShort();

    public string ReadString() => Encoding.UTF8.GetString(Take(ReadShort(), "[string]"));

    public string ReadLongString()
    {
        var length = ReadInt();
        if (length < 0)
        {
            throw new CqlProtocolViolationException($"[long string] length {length} is negative");
        }

        return Encoding.UTF8.GetString(Take(length, "[long string]"));
    }

    /// <summary>Reads [bytes]; returns false for null (negative length).</summary>
    public bool TryReadBytes(out ReadOnlySpan<byte> value)
    {
        var length = ReadInt();
        if (length < 0)
        {
            value = default;
            return false;
        }

        value = Take(length, "[bytes]");
        return true;
    }

    /// <summary>Reads [bytes] and returns the (offset, length) of its content; length -1 for null.</summary>
    public (int Offset, int Length) ReadBytesSlice()
    {
        var length = ReadInt();
        if (length < 0)
        {
            return (Position, -1);
        }

        var offset = Position;
        Take(length, "[bytes]");
        return (offset, length);
    }

    /// <summary>Reads [bytes] into a new array, or null.</summary>
    public byte[]? ReadBytesArray() => TryReadBytes(out var value) ? value.ToArray() : null;

    public byte[] ReadShortBytes() => Take(ReadShort(), "[short bytes]").ToArray();

    public Guid ReadUuid() => new(Take(16, "[uuid]"), bigEndian: true);

    public IReadOnlyList<string> ReadStringList()
    {
        var count = ReadShort();
        var list = new string[count];
        for (var i = 0; i < count; i++)
        {
            list[i] = ReadString();
        }

        return list;
    }

    public IReadOnlyDictionary<string, string> ReadStringMap()
    {
        var count = ReadShort();
        var map = new Dictionary<string, string>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            map[ReadString()] = ReadString();
        }

        return map;
    }

    public IReadOnlyDictionary<string, IReadOnlyList<string>> ReadStringMultimap()
    {
        var count = ReadShort();
        var map = new Dictionary<string, IReadOnlyList<string>>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            map[ReadString()] = ReadStringList();
        }

        return map;
    }

    /// <summary>Reads a [bytes map] (custom payload); values may be null.</summary>
    public IReadOnlyDictionary<string, byte[]?> ReadBytesMap()
    {
        var count = ReadShort();
        var map = new Dictionary<string, byte[]?>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            map[ReadString()] = ReadBytesArray();
        }

        return map;
    }

    /// <summary>Reads an [inet]: size byte, address bytes, [int] port.</summary>
    public IPEndPoint ReadInet()
    {
        var size = ReadByte();
        if (size is not (4 or 16))
        {
            throw new CqlProtocolViolationException($"[inet] address size must be 4 or 16, got {size}");
        }

        var address = new IPAddress(Take(size, "[inet]"));
        return new IPEndPoint(address, ReadInt());
    }

    private ReadOnlySpan<byte> Take(int count, string what)
    {
        if (count > Remaining)
        {
            throw new CqlProtocolViolationException(
                $"{what} needs {count} bytes at offset {Position}, but only {Remaining} remain in the frame body");
        }

        var span = _body.Slice(Position, count);
        Position += count;
        return span;
    }
}
