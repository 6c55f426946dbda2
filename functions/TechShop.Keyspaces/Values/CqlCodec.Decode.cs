using System.Buffers.Binary;
using System.Net;
using System.Numerics;
using System.Text;
using TechShop.Keyspaces.Errors;
using TechShop.Keyspaces.Protocol;

namespace TechShop.Keyspaces.Values;

public static partial class CqlCodec
{
    public static int DecodeInt32(ReadOnlySpan<byte> bytes) => BinaryPrimitives.ReadInt32BigEndian(Exactly(bytes, 4, "int"));

    public static long DecodeInt64(ReadOnlySpan<byte> bytes) => BinaryPrimitives.ReadInt64BigEndian(Exactly(bytes, 8, "bigint"));

    public static short DecodeInt16(ReadOnlySpan<byte> bytes) => BinaryPrimitives.ReadInt16BigEndian(Exactly(bytes, 2, "smallint"));

    public static sbyte DecodeInt8(ReadOnlySpan<byte> bytes) => (sbyte)Exactly(bytes, 1, "tinyint")[0];

    public static bool DecodeBoolean(ReadOnlySpan<byte> bytes) => Exactly(bytes, 1, "boolean")[0] != 0;

    public static double DecodeDouble(ReadOnlySpan<byte> bytes) => BinaryPrimitives.ReadDoubleBigEndian(Exactly(bytes, 8, "double"));

    public static float DecodeFloat(ReadOnlySpan<byte> bytes) => BinaryPrimitives.ReadSingleBigEndian(Exactly(bytes, 4, "float"));

    public static string DecodeText(ReadOnlySpan<byte> bytes) => Encoding.UTF8.GetString(bytes);

    public static BigInteger DecodeVarint(ReadOnlySpan<byte> bytes) =>
        bytes.IsEmpty
            ? throw new CqlCodecException("a varint needs at least one byte, got an empty value")
            : new BigInteger(bytes, isUnsigned: false, isBigEndian: true);

    public static DateTimeOffset DecodeTimestamp(ReadOnlySpan<byte> bytes) => DateTimeOffset.FromUnixTimeMilliseconds(DecodeInt64(bytes));

    public static DateOnly DecodeDate(ReadOnlySpan<byte> bytes)
    {
        var days = (long)BinaryPrimitives.ReadUInt32BigEndian(Exactly(bytes, 4, "date")) - 0x8000_0000L;
        var dayNumber = UnixEpochDayNumber + days;
        return dayNumber is >= 0 and <= 3_652_058
            ? DateOnly.FromDayNumber((int)dayNumber)
            : throw new CqlCodecException($"CQL date {days} days from 1970-01-01 is outside .NET DateOnly's range");
    }

    /// <summary>Decodes a CQL time; sub-100 ns precision is truncated to .NET ticks.</summary>
    public static TimeOnly DecodeTime(ReadOnlySpan<byte> bytes)
    {
        var nanos = DecodeInt64(bytes);
        return nanos is >= 0 and < 86_400_000_000_000L
            ? new TimeOnly(nanos / 100)
            : throw new CqlCodecException($"CQL time {nanos} ns is outside one day");
    }

    public static Guid DecodeUuid(ReadOnlySpan<byte> bytes) => new(Exactly(bytes, 16, "uuid"), bigEndian: true);

    /// <summary>Decodes scale + unscaled varint into a .NET decimal, or throws when it does not fit.</summary>
    public static decimal DecodeDecimal(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 5)
        {
            throw new CqlCodecException($"a decimal needs a 4-byte scale and a varint, got {bytes.Length} bytes");
        }

        var scale = BinaryPrimitives.ReadInt32BigEndian(bytes);
        var unscaled = DecodeVarint(bytes[4..]);
        if (scale < 0)
        {
            unscaled *= BigInteger.Pow(10, -scale);
            scale = 0;
        }

        while (scale > 28 && !unscaled.IsZero && unscaled % 10 == 0)
        {
            unscaled /= 10;
            scale--;
        }

        var magnitude = BigInteger.Abs(unscaled);
        if (scale > 28 || magnitude.GetBitLength() > 96)
        {
            throw new CqlCodecException($"CQL decimal {unscaled}E-{scale} does not fit in a .NET decimal");
        }

        Span<byte> le = stackalloc byte[12];
        le.Clear();
        magnitude.TryWriteBytes(le, out _, isUnsigned: true, isBigEndian: false);
        return new decimal(
            BinaryPrimitives.ReadInt32LittleEndian(le), BinaryPrimitives.ReadInt32LittleEndian(le[4..]),
            BinaryPrimitives.ReadInt32LittleEndian(le[8..]), unscaled.Sign < 0, (byte)scale);
    }

    public static IPAddress DecodeInet(ReadOnlySpan<byte> bytes) =>
        bytes.Length is 4 or 16
            ? new IPAddress(bytes)
            : throw new CqlCodecException($"a CQL inet needs 4 or 16 bytes, got {bytes.Length}");

    /// <summary>Decodes a non-null cell to its natural .NET type (string, int, long, decimal, Guid, ...).</summary>
    public static object Decode(CqlType type, ReadOnlySpan<byte> bytes) => type.Code switch
    {
        CqlTypeCode.Varchar or CqlTypeCode.Ascii => DecodeText(bytes),
        CqlTypeCode.Int => DecodeInt32(bytes),
        CqlTypeCode.Bigint or CqlTypeCode.Counter => DecodeInt64(bytes),
        CqlTypeCode.Smallint => DecodeInt16(bytes),
        CqlTypeCode.Tinyint => DecodeInt8(bytes),
        CqlTypeCode.Boolean => DecodeBoolean(bytes),
        CqlTypeCode.Double => DecodeDouble(bytes),
        CqlTypeCode.Float => DecodeFloat(bytes),
        CqlTypeCode.Decimal => DecodeDecimal(bytes),
        CqlTypeCode.Varint => DecodeVarint(bytes),
        CqlTypeCode.Timestamp => DecodeTimestamp(bytes),
        CqlTypeCode.Date => DecodeDate(bytes),
        CqlTypeCode.Time => DecodeTime(bytes),
        CqlTypeCode.Uuid or CqlTypeCode.Timeuuid => DecodeUuid(bytes),
        CqlTypeCode.Inet => DecodeInet(bytes),
        CqlTypeCode.Blob => bytes.ToArray(),
        _ => throw new CqlCodecException($"CQL type {type} is not decoded by this client"),
    };

    private static ReadOnlySpan<byte> Exactly(ReadOnlySpan<byte> bytes, int length, string type) =>
        bytes.Length == length
            ? bytes
            : throw new CqlCodecException($"a CQL {type} needs exactly {length} bytes, got {bytes.Length}");
}
