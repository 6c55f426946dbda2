using System.Buffers.Binary;
using System.Net;
using System.Numerics;
using System.Text;
using TechShop.Keyspaces.Errors;
using TechShop.Keyspaces.Protocol;

namespace TechShop.Keyspaces.Values;

/// <summary>Value encodings of spec section 6, both directions, big-endian; no reflection.</summary>
public static partial class CqlCodec
{
    /// <summary>Days between 0001-01-01 and 1970-01-01, the CQL date epoch (encoded as 2^31).</summary>
    private static readonly int UnixEpochDayNumber = DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber;

    /// <summary>Encodes one bound value of <paramref name="type"/> as a [value] content (null for CQL null); <paramref name="name"/> names it in errors.</summary>
    public static byte[]? Encode(CqlType type, object? value, string name)
    {
        if (value is null)
        {
            return null;
        }

        if (ReferenceEquals(value, Unset.Value))
        {
            return UnsetMarker;
        }

        var bytes = type.Code switch
        {
            CqlTypeCode.Varchar => value is string s ? Encoding.UTF8.GetBytes(s) : null,
            CqlTypeCode.Ascii => value is string a ? EncodeAscii(a, name) : null,
            CqlTypeCode.Int => AsInt64(value, int.MinValue, int.MaxValue) is { } i ? EncodeInt32((int)i) : null,
            CqlTypeCode.Bigint or CqlTypeCode.Counter => AsInt64(value, long.MinValue, long.MaxValue) is { } l ? EncodeInt64(l) : null,
            CqlTypeCode.Smallint => AsInt64(value, short.MinValue, short.MaxValue) is { } sh ? EncodeInt16((short)sh) : null,
            CqlTypeCode.Tinyint => AsInt64(value, sbyte.MinValue, sbyte.MaxValue) is { } t ? [(byte)(sbyte)t] : null,
            CqlTypeCode.Boolean => value is bool b ? [b ? (byte)1 : (byte)0] : null,
            CqlTypeCode.Double => value switch { double d => EncodeDouble(d), float f => EncodeDouble(f), _ => null },
            CqlTypeCode.Float => value is float fl ? EncodeFloat(fl) : null,
            CqlTypeCode.Decimal => value is decimal m ? EncodeDecimal(m) : null,
            CqlTypeCode.Varint => value switch
            {
                BigInteger big => EncodeVarint(big),
                long or int or short or sbyte or byte => EncodeVarint(new BigInteger((long)AsInt64(value, long.MinValue, long.MaxValue)!)),
                _ => null,
            },
            CqlTypeCode.Timestamp => value switch
            {
                DateTimeOffset dto => EncodeTimestamp(dto),
                DateTime dt => EncodeTimestamp(ToUtc(dt)),
                _ => null,
            },
            CqlTypeCode.Date => value is DateOnly date ? EncodeDate(date) : null,
            CqlTypeCode.Time => value switch { TimeOnly to => EncodeTime(to), TimeSpan ts => EncodeTime(ts, name), _ => null },
            CqlTypeCode.Uuid => value is Guid g ? EncodeUuid(g) : null,
            CqlTypeCode.Timeuuid => value is Guid tu ? EncodeTimeUuid(tu, name) : null,
            CqlTypeCode.Blob => value switch { byte[] raw => raw, ReadOnlyMemory<byte> mem => mem.ToArray(), _ => null },
            CqlTypeCode.Inet => value is IPAddress ip ? ip.GetAddressBytes() : null,
            _ => throw new CqlCodecException($"'{name}' has CQL type {type}, which this client does not encode"),
        };
        return bytes ?? throw new CqlCodecException(
            $"'{name}' is CQL {type}; a value of .NET type {value.GetType().Name} cannot be bound to it");
    }

    /// <summary>Infers the CQL type of an unprepared query's value from its .NET type.</summary>
    public static CqlType InferType(object? value, string name) => value switch
    {
        null => CqlType.Blob,
        Unset => CqlType.Blob,
        string => CqlType.Text,
        int => CqlType.Int,
        long => CqlType.Bigint,
        short => CqlType.Smallint,
        sbyte => CqlType.Tinyint,
        bool => CqlType.Boolean,
        double => CqlType.Double,
        float => CqlType.Float,
        decimal => CqlType.Decimal,
        BigInteger => CqlType.Varint,
        DateTimeOffset or DateTime => CqlType.Timestamp,
        DateOnly => CqlType.Date,
        TimeOnly or TimeSpan => CqlType.Time,
        Guid => CqlType.Uuid,
        byte[] or ReadOnlyMemory<byte> => CqlType.Blob,
        IPAddress => CqlType.Inet,
        _ => throw new CqlCodecException($"'{name}': no CQL type is known for .NET type {value.GetType().Name}"),
    };

    /// <summary>The sentinel for a [value] of length -2 ("not set"), told apart by reference; its content is never sent.</summary>
    /// <remarks>Not empty: empty arrays are shared (Array.Empty), and an empty text value must stay distinct from "not set".</remarks>
    internal static readonly byte[] UnsetMarker = [0xFE];

    public static byte[] EncodeInt32(int value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(bytes, value);
        return bytes;
    }

    public static byte[] EncodeInt64(long value)
    {
        var bytes = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(bytes, value);
        return bytes;
    }

    public static byte[] EncodeInt16(short value)
    {
        var bytes = new byte[2];
        BinaryPrimitives.WriteInt16BigEndian(bytes, value);
        return bytes;
    }

    public static byte[] EncodeDouble(double value)
    {
        var bytes = new byte[8];
        BinaryPrimitives.WriteDoubleBigEndian(bytes, value);
        return bytes;
    }

    public static byte[] EncodeFloat(float value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteSingleBigEndian(bytes, value);
        return bytes;
    }

    /// <summary>Minimal two's complement, big-endian: 128 → 00 80, -1 → FF, 0 → 00.</summary>
    public static byte[] EncodeVarint(BigInteger value) => value.ToByteArray(isUnsigned: false, isBigEndian: true);

    /// <summary>[int] scale then the unscaled value as varint: 123.45 → 00 00 00 02 30 39.</summary>
    public static byte[] EncodeDecimal(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var scale = (bits[3] >> 16) & 0xFF;
        var unscaled = ((BigInteger)(uint)bits[2] << 64) | ((BigInteger)(uint)bits[1] << 32) | (uint)bits[0];
        if (bits[3] < 0)
        {
            unscaled = -unscaled;
        }

        var varint = EncodeVarint(unscaled);
        var bytes = new byte[4 + varint.Length];
        BinaryPrimitives.WriteInt32BigEndian(bytes, scale);
        varint.CopyTo(bytes, 4);
        return bytes;
    }

    /// <summary>Milliseconds since the Unix epoch, 8 bytes.</summary>
    public static byte[] EncodeTimestamp(DateTimeOffset value) => EncodeInt64(value.ToUnixTimeMilliseconds());

    /// <summary>Unsigned days with 1970-01-01 at 2^31.</summary>
    public static byte[] EncodeDate(DateOnly value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, unchecked((uint)(value.DayNumber - UnixEpochDayNumber) + 0x8000_0000u));
        return bytes;
    }

    /// <summary>Nanoseconds since midnight, 8 bytes.</summary>
    public static byte[] EncodeTime(TimeOnly value) => EncodeInt64(value.Ticks * 100);

    /// <summary>RFC 4122 byte order (not .NET's mixed-endian <c>Guid.ToByteArray()</c>).</summary>
    public static byte[] EncodeUuid(Guid value)
    {
        var bytes = new byte[16];
        value.TryWriteBytes(bytes, bigEndian: true, out _);
        return bytes;
    }

    private static byte[] EncodeTimeUuid(Guid value, string name)
    {
        var bytes = EncodeUuid(value);
        if (bytes[6] >> 4 != 1)
        {
            throw new CqlCodecException($"'{name}' is CQL timeuuid, which needs a version 1 UUID; {value} is version {bytes[6] >> 4}");
        }

        return bytes;
    }

    private static byte[] EncodeTime(TimeSpan value, string name) =>
        value >= TimeSpan.Zero && value < TimeSpan.FromDays(1)
            ? EncodeInt64(value.Ticks * 100)
            : throw new CqlCodecException($"'{name}' is CQL time, which needs 00:00 <= value < 24:00; got {value}");

    private static byte[] EncodeAscii(string value, string name)
    {
        foreach (var c in value)
        {
            if (c > 127)
            {
                throw new CqlCodecException($"'{name}' is CQL ascii; character U+{(int)c:X4} is outside 0-127");
            }
        }

        return Encoding.ASCII.GetBytes(value);
    }

    private static long? AsInt64(object value, long min, long max)
    {
        long? widened = value switch
        {
            sbyte v => v,
            byte v => v,
            short v => v,
            ushort v => v,
            int v => v,
            uint v => v,
            long v => v,
            _ => null,
        };
        return widened is { } w && (w < min || w > max) ? null : widened;
    }

    private static DateTimeOffset ToUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Local => new DateTimeOffset(value.ToUniversalTime(), TimeSpan.Zero),
        _ => new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc), TimeSpan.Zero),
    };
}
