using System.Buffers.Binary;

namespace TechShop.Avro.Binary;

/// <summary>
/// Avro decimal bytes (big-endian two's-complement unscaled value) to and from <see cref="decimal"/>, without BigInteger:
/// the 96-bit magnitude and the scale go straight into <c>new decimal(lo, mid, hi, negative, scale)</c>.
/// </summary>
public static class DecimalBytes
{
    /// <summary>Bytes the largest unscaled value a .NET decimal holds can need (96-bit magnitude plus sign).</summary>
    public const int MaxLength = 16;

    private static readonly UInt128[] PowersOfTen = BuildPowersOfTen();

    public static bool TryRead(ReadOnlySpan<byte> bytes, int scale, out decimal value, out string error)
    {
        value = 0m;
        error = string.Empty;
        if (bytes.Length <= 8)
        {
            if (bytes.IsEmpty)
            {
                return true;
            }

            long small = (sbyte)bytes[0];
            for (var i = 1; i < bytes.Length; i++)
            {
                small = (small << 8) | bytes[i];
            }

            var negativeSmall = small < 0;
            var magnitude = negativeSmall ? (ulong)-small : (ulong)small;
            value = new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, negativeSmall, (byte)scale);
            return true;
        }

        // Longer encodings are legal when the leading bytes are only sign extension.
        while (bytes.Length > MaxLength)
        {
            var signByte = (bytes[1] & 0x80) != 0 ? (byte)0xFF : (byte)0x00;
            if (bytes[0] != signByte)
            {
                error = $"decimal of {bytes.Length} bytes does not fit a .NET decimal (96-bit magnitude)";
                return false;
            }

            bytes = bytes[1..];
        }

        Int128 unscaled = (sbyte)bytes[0];
        for (var i = 1; i < bytes.Length; i++)
        {
            unscaled = (unscaled << 8) | bytes[i];
        }

        var negative = unscaled < 0;
        var abs = negative ? (UInt128)(-unscaled) : (UInt128)unscaled;
        if ((abs >> 96) != 0)
        {
            error = "decimal magnitude exceeds 96 bits and does not fit a .NET decimal";
            return false;
        }

        value = new decimal((int)(uint)abs, (int)(uint)(abs >> 32), (int)(uint)(abs >> 64), negative, (byte)scale);
        return true;
    }

    /// <summary>
    /// Writes the minimal two's-complement bytes of <paramref name="value"/> at <paramref name="scale"/> into
    /// <paramref name="destination"/> (at least <see cref="MaxLength"/> bytes); returns the length, or -1 with an error.
    /// </summary>
    public static int TryWrite(decimal value, int precision, int scale, Span<byte> destination, out string error)
    {
        if (!TryGetUnscaled(value, precision, scale, out var unscaled, out error))
        {
            return -1;
        }

        // Minimal two's complement: the significant bits of the value (of its complement when negative) plus a sign bit.
        var significant = 128 - (int)Int128.LeadingZeroCount(unscaled < 0 ? ~unscaled : unscaled);
        var length = Math.Max(1, (significant + 8) / 8);

        Span<byte> full = stackalloc byte[MaxLength];
        BinaryPrimitives.WriteInt128BigEndian(full, unscaled);
        full[(MaxLength - length)..].CopyTo(destination);
        return length;
    }

    /// <summary>The unscaled integer of <paramref name="value"/> at exactly <paramref name="scale"/> decimal places.</summary>
    public static bool TryGetUnscaled(decimal value, int precision, int scale, out Int128 unscaled, out string error)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var magnitude = ((UInt128)(uint)bits[2] << 64) | ((UInt128)(uint)bits[1] << 32) | (uint)bits[0];
        var valueScale = (bits[3] >> 16) & 0xFF;
        var negative = bits[3] < 0;

        // Trailing zeros beyond the schema's scale carry no information and may be dropped.
        while (valueScale > scale && magnitude % 10 == 0)
        {
            magnitude /= 10;
            valueScale--;
        }

        unscaled = 0;
        if (valueScale > scale)
        {
            error = $"value {value} has {valueScale} decimal places; the schema's decimal({precision},{scale}) allows {scale}";
            return false;
        }

        var limit = PowersOfTen[precision];
        for (; valueScale < scale; valueScale++)
        {
            magnitude *= 10;
            if (magnitude >= limit)
            {
                break;
            }
        }

        if (magnitude >= limit)
        {
            error = $"value {value} has more than {precision} digits; the schema's decimal({precision},{scale}) cannot hold it";
            return false;
        }

        unscaled = negative ? -(Int128)magnitude : (Int128)magnitude;
        error = string.Empty;
        return true;
    }

    private static UInt128[] BuildPowersOfTen()
    {
        var powers = new UInt128[39];
        powers[0] = 1;
        for (var i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * 10;
        }

        return powers;
    }
}
