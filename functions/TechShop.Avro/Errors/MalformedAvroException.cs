namespace TechShop.Avro.Errors;

/// <summary>An Avro binary datum that is truncated or does not match its schema (bad varint, bad UTF-8, out-of-range value).</summary>
public sealed class MalformedAvroException : AvroRecordException
{
    public MalformedAvroException(string message, int offset, bool truncated)
        : base(message)
    {
        Offset = offset;
        IsTruncated = truncated;
    }

    public MalformedAvroException(string message, Exception innerException)
        : base(message, innerException)
    {
        Offset = -1;
    }

    /// <summary>Byte offset in the Avro payload where decoding failed; -1 when not known (schema-resolution path).</summary>
    public int Offset { get; }

    /// <summary>True when the payload ended before the datum did.</summary>
    public bool IsTruncated { get; }
}
