using System.Buffers;
using System.Buffers.Binary;
using TechShop.Avro.Errors;

namespace TechShop.Avro.Framing;

/// <summary>The Confluent wire format: magic byte 0, the schema id as int32 big-endian, then the Avro binary datum.</summary>
public static class ConfluentFrame
{
    public const byte MagicByte = 0;

    /// <summary>Magic byte of the 2025+ GUID framing (16-byte schema GUID), which this library rejects.</summary>
    public const byte GuidMagicByte = 1;

    public const int HeaderLength = 5;

    /// <summary>Reads the schema id and returns the Avro payload that follows it.</summary>
    /// <exception cref="ConfluentFramingException">The record is shorter than the header or its magic byte is not 0.</exception>
    public static int ReadSchemaId(ReadOnlySpan<byte> record, out ReadOnlySpan<byte> payload)
    {
        if (record.IsEmpty)
        {
            throw new ConfluentFramingException("Record is 0 bytes; the Confluent header needs 5 (magic byte 0 + 4-byte schema id).", 0, null);
        }

        var magic = record[0];
        if (magic == GuidMagicByte)
        {
            throw new ConfluentFramingException(
                $"Magic byte is 0x01 (Confluent schema-GUID framing, record is {record.Length} bytes); only the classic framing with magic byte 0x00 and an int32 schema id is supported.",
                record.Length,
                magic);
        }

        if (magic != MagicByte)
        {
            throw new ConfluentFramingException(
                $"Magic byte is 0x{magic:X2}; the Confluent wire format starts with 0x00 (record is {record.Length} bytes).",
                record.Length,
                magic);
        }

        if (record.Length < HeaderLength)
        {
            throw new ConfluentFramingException(
                $"Record is {record.Length} bytes; the Confluent header needs {HeaderLength} (magic byte 0 + 4-byte schema id).",
                record.Length,
                magic);
        }

        payload = record[HeaderLength..];
        return BinaryPrimitives.ReadInt32BigEndian(record[1..]);
    }

    /// <summary>Writes magic byte 0 and the schema id; the caller writes the Avro datum after it.</summary>
    public static void WriteHeader(IBufferWriter<byte> output, int schemaId)
    {
        ArgumentNullException.ThrowIfNull(output);
        var span = output.GetSpan(HeaderLength);
        span[0] = MagicByte;
        BinaryPrimitives.WriteInt32BigEndian(span[1..], schemaId);
        output.Advance(HeaderLength);
    }
}
