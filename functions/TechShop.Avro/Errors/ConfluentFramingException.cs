namespace TechShop.Avro.Errors;

/// <summary>The bytes do not start with the Confluent wire-format header (magic byte 0 + big-endian schema id).</summary>
public sealed class ConfluentFramingException : AvroRecordException
{
    public ConfluentFramingException(string message, int recordLength, byte? magicByte)
        : base(message)
    {
        RecordLength = recordLength;
        MagicByte = magicByte;
    }

    /// <summary>Length of the record that was rejected.</summary>
    public int RecordLength { get; }

    /// <summary>The first byte found, or null when the record was empty.</summary>
    public byte? MagicByte { get; }

    /// <summary>True when the record was shorter than the 5-byte header (as opposed to a wrong magic byte).</summary>
    public bool IsTruncated => MagicByte is null || (MagicByte == 0 && RecordLength < 5);
}
