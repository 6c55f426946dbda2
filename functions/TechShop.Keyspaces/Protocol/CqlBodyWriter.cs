using System.Buffers.Binary;
using System.Text;
using TechShop.Keyspaces.Errors;

namespace TechShop.Keyspaces.Protocol;

/// <summary>Growable big-endian writer for the spec's body notation ([int], [string], [bytes], [value], ...).</summary>
public sealed class CqlBodyWriter
{
    private byte[] _buffer;
    private int _length;

    /// <summary>Creates a writer with the given initial capacity.</summary>
    public CqlBodyWriter(int capacity = 256) => _buffer = new byte[Math.Max(16, capacity)];

    /// <summary>Bytes written so far.</summary>
    public int Length => _length;

    /// <summary>The bytes written so far.</summary>
    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _length);

    /// <summary>Copies the bytes written so far into a new array.</summary>
    public byte[] ToArray() => WrittenSpan.ToArray();

    /// <summary>Reserves <paramref name="count"/> bytes and returns them for the caller to fill.</summary>
    public Span<byte> Reserve(int count)
    {
        if (_length + count > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + count));
        }

        var span = _buffer.AsSpan(_length, count);
        _length += count;
        return span;
    }

    /// <summary>Overwrites an [int] already written at <paramref name="position"/>.</summary>
    public void PatchInt(int position, int value) => BinaryPrimitives.WriteInt32BigEndian(_buffer.AsSpan(position, 4), value);

    public void WriteByte(byte value) => Reserve(1)[0] = value;

    /// <summary>Writes a [short]: two bytes, unsigned.</summary>
    public void WriteShort(ushort value) => BinaryPrimitives.WriteUInt16BigEndian(Reserve(2), value);

    public void WriteInt(int value) => BinaryPrimitives.WriteInt32BigEndian(Reserve(4), value);

    public void WriteLong(long value) => BinaryPrimitives.WriteInt64BigEndian(Reserve(8), value);

    public void WriteConsistency(Consistency value) => WriteShort((ushort)value);

    /// <summary>Writes a [string]: [short] length then UTF-8.</summary>
    public void WriteString(string value)
    {
        var count = Encoding.UTF8.GetByteCount(value);
        if (count > ushort.MaxValue)
        {
            throw new CqlCodecException($"a [string] holds at most {ushort.MaxValue} UTF-8 bytes, this one has {count}");
        }

        WriteShort((ushort)count);
        Encoding.UTF8.GetBytes(value, Reserve(count));
    }

    /// <summary>Writes a [long string]: [int] length then UTF-8.</summary>
    public void WriteLongString(string value)
    {
        var count = Encoding.UTF8.GetByteCount(value);
        WriteInt(count);
        Encoding.UTF8.GetBytes(value, Reserve(count));
    }

    /// <summary>Writes [bytes] (or [value]): [int] length then the bytes.</summary>
    public void WriteBytes(ReadOnlySpan<byte> value)
    {
        WriteInt(value.Length);
        value.CopyTo(Reserve(value.Length));
    }

    /// <summary>Writes a null [bytes]/[value] (length -1).</summary>
    public void WriteNull() => WriteInt(-1);

    /// <summary>Writes a "not set" [value] (length -2): the column keeps its current value.</summary>
    public void WriteUnset() => WriteInt(-2);

    /// <summary>Writes [short bytes]: [short] length then the bytes.</summary>
    public void WriteShortBytes(ReadOnlySpan<byte> value)
    {
        if (value.Length > ushort.MaxValue)
        {
            throw new CqlCodecException($"[short bytes] hold at most {ushort.MaxValue} bytes, got {value.Length}");
        }

        WriteShort((ushort)value.Length);
        value.CopyTo(Reserve(value.Length));
    }

    public void WriteStringList(IReadOnlyList<string> values)
    {
        WriteShort(checked((ushort)values.Count));
        foreach (var value in values)
        {
            WriteString(value);
        }
    }

    /// <summary>Writes a [string map] in the dictionary's enumeration order.</summary>
    public void WriteStringMap(IReadOnlyCollection<KeyValuePair<string, string>> map)
    {
        WriteShort(checked((ushort)map.Count));
        foreach (var (key, value) in map)
        {
            WriteString(key);
            WriteString(value);
        }
    }

    /// <summary>Writes a [string multimap]: keys with [string list] values.</summary>
    public void WriteStringMultimap(IReadOnlyCollection<KeyValuePair<string, IReadOnlyList<string>>> map)
    {
        WriteShort(checked((ushort)map.Count));
        foreach (var (key, values) in map)
        {
            WriteString(key);
            WriteStringList(values);
        }
    }
}
