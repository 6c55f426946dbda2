using System.Text;
using TechShop.Avro.Errors;

namespace TechShop.Avro.Binary;

/// <summary>
/// Reads Avro binary encoding from a span: zig-zag varints, length-prefixed bytes and strings, logical types.
/// Every failure is a <see cref="MalformedAvroException"/> naming the field; nothing else escapes.
/// </summary>
public ref struct AvroSpanReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly ReadOnlySpan<byte> _data;
    private int _position;

    public AvroSpanReader(ReadOnlySpan<byte> data)
    {
        _data = data;
        _position = 0;
    }

    /// <summary>Offset of the next byte to read.</summary>
    public readonly int Position => _position;

    /// <summary>Bytes not read yet.</summary>
    public readonly int Remaining => _data.Length - _position;

    public long ReadLong(string field)
    {
        // Most varints on the hot path (enum indexes, lengths, small keys) are one byte.
        if ((uint)_position < (uint)_data.Length && _data[_position] < 0x80)
        {
            long single = _data[_position++];
            return (single >> 1) ^ -(single & 1);
        }

        return ReadLongMultiByte(field);
    }

    private long ReadLongMultiByte(string field)
    {
        ulong result = 0;
        var shift = 0;
        while (true)
        {
            if (_position >= _data.Length)
            {
                throw Truncated(field, 1);
            }

            var b = _data[_position++];
            result |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                break;
            }

            shift += 7;
            if (shift > 63)
            {
                throw Malformed(field, "varint is longer than 10 bytes");
            }
        }

        return (long)(result >> 1) ^ -(long)(result & 1);
    }

    public int ReadInt(string field)
    {
        var value = ReadLong(field);
        if (value is < int.MinValue or > int.MaxValue)
        {
            throw Malformed(field, $"value {value} does not fit an Avro int");
        }

        return (int)value;
    }

    public bool ReadBoolean(string field)
    {
        if (_position >= _data.Length)
        {
            throw Truncated(field, 1);
        }

        return _data[_position++] switch
        {
            0 => false,
            1 => true,
            var other => throw Malformed(field, $"boolean byte is {other}, expected 0 or 1"),
        };
    }

    public ReadOnlySpan<byte> ReadBytes(string field)
    {
        var length = ReadLong(field);
        if (length < 0)
        {
            throw Malformed(field, $"length is negative ({length})");
        }

        if (length > Remaining)
        {
            throw Truncated(field, length);
        }

        var slice = _data.Slice(_position, (int)length);
        _position += (int)length;
        return slice;
    }

    public string ReadString(string field)
    {
        var bytes = ReadBytes(field);
        if (bytes.IsEmpty)
        {
            return string.Empty;
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw Malformed(field, "string is not valid UTF-8");
        }
    }

    public string? ReadNullableString(string field) => ReadNullIndex(field) ? null : ReadString(field);

    /// <summary>Reads the branch index of a ["null", T] union: true when the value is null.</summary>
    public bool ReadNullIndex(string field)
    {
        var index = ReadLong(field);
        return index switch
        {
            0 => true,
            1 => false,
            _ => throw Malformed(field, $"union branch {index} does not exist, expected 0 (null) or 1"),
        };
    }

    public int ReadEnum(string field, int symbolCount)
    {
        var index = ReadLong(field);
        if (index < 0 || index >= symbolCount)
        {
            throw Malformed(field, $"enum index {index} is outside 0..{symbolCount - 1}");
        }

        return (int)index;
    }

    /// <summary>Reads an array or map block count; a negative count is followed by the block's byte size, which is skipped.</summary>
    public int ReadBlockCount(string field)
    {
        var count = ReadLong(field);
        if (count < 0)
        {
            if (count == long.MinValue)
            {
                throw Malformed(field, "block count is out of range");
            }

            count = -count;
            ReadLong(field);
        }

        if (count > Remaining)
        {
            // Every item takes at least one byte: a larger count cannot be honest.
            throw Truncated(field, count);
        }

        return (int)count;
    }

    public decimal ReadDecimal(string field, int scale)
    {
        var bytes = ReadBytes(field);
        if (!DecimalBytes.TryRead(bytes, scale, out var value, out var error))
        {
            throw Malformed(field, error);
        }

        return value;
    }

    public DateOnly ReadDate(string field)
    {
        var days = ReadInt(field);
        if (!AvroTime.TryFromEpochDays(days, out var date))
        {
            throw Malformed(field, $"date {days} days from 1970-01-01 is outside 0001-01-01..9999-12-31");
        }

        return date;
    }

    public DateOnly? ReadNullableDate(string field) => ReadNullIndex(field) ? null : ReadDate(field);

    public DateTime ReadTimestampMillis(string field)
    {
        var millis = ReadLong(field);
        if (!AvroTime.TryFromEpochMillis(millis, out var time))
        {
            throw Malformed(field, $"timestamp {millis} ms from the Unix epoch is outside the .NET DateTime range");
        }

        return time;
    }

    public Guid ReadUuid(string field)
    {
        var bytes = ReadBytes(field);
        if (Uuid.TryParseCanonical(bytes, out var guid))
        {
            return guid;
        }

        // Not the canonical 36-character form: accept whatever else Guid.TryParse accepts (braces, upper case, no dashes).
        Span<char> chars = stackalloc char[68];
        if (bytes.Length > chars.Length
            || System.Text.Unicode.Utf8.ToUtf16(bytes, chars, out _, out var written) != System.Buffers.OperationStatus.Done
            || !Guid.TryParse(chars[..written], out guid))
        {
            throw Malformed(field, "uuid string is not a valid UUID");
        }

        return guid;
    }

    /// <summary>Reads a string, returning the shared instance when it equals one of <paramref name="known"/> (no allocation).</summary>
    public string ReadString(string field, ReadOnlySpan<string> known)
    {
        var start = _position;
        var bytes = ReadBytes(field);
        foreach (var candidate in known)
        {
            if (bytes.Length == candidate.Length && System.Text.Ascii.Equals(bytes, candidate))
            {
                return candidate;
            }
        }

        _position = start;
        return ReadString(field);
    }

    /// <summary>Fails unless every byte was consumed: trailing bytes mean the writer used another schema.</summary>
    public readonly void EnsureEnd(string record)
    {
        if (_position != _data.Length)
        {
            throw new MalformedAvroException(
                $"{record}: {_data.Length - _position} bytes left after the record at offset {_position}; the datum does not match the schema",
                _position,
                truncated: false);
        }
    }

    private readonly MalformedAvroException Truncated(string field, long needed) =>
        new($"reading '{field}' at offset {_position}: the payload is truncated (needs {needed} more bytes, {Remaining} remain)", _position, truncated: true);

    private readonly MalformedAvroException Malformed(string field, string detail) =>
        new($"reading '{field}' at offset {_position}: {detail}", _position, truncated: false);
}
