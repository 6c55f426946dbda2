namespace TechShop.Avro.Binary;

/// <summary>Parses the canonical UUID text (8-4-4-4-12 hex digits) straight from UTF-8, without a UTF-16 copy.</summary>
public static class Uuid
{
    public static bool TryParseCanonical(ReadOnlySpan<byte> text, out Guid guid)
    {
        guid = default;
        if (text.Length != 36 || text[8] != '-' || text[13] != '-' || text[18] != '-' || text[23] != '-')
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[16];
        var b = 0;
        for (var i = 0; i < 36; i += 2)
        {
            if (i is 8 or 13 or 18 or 23)
            {
                i--;
                continue;
            }

            var high = Hex(text[i]);
            var low = Hex(text[i + 1]);
            if ((high | low) < 0)
            {
                return false;
            }

            bytes[b++] = (byte)((high << 4) | low);
        }

        guid = new Guid(bytes, bigEndian: true);
        return true;
    }

    private static int Hex(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        _ => -1,
    };
}
