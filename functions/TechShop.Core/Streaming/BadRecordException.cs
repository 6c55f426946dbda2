namespace TechShop.Core.Streaming;

/// <summary>
/// A record that can never be processed (bad bytes, unknown schema, a broken business rule). A decoder may throw it
/// instead of returning <see cref="DecodedRecord.Fail"/>; the batch processor dead-letters the record with
/// <see cref="Kind"/> as its reason. Any other exception from a decoder counts as transient.
/// </summary>
public sealed class BadRecordException : Exception
{
    public BadRecordException()
        : this(BadRecordKind.MalformedValue, "The record is malformed.")
    {
    }

    public BadRecordException(string message)
        : this(BadRecordKind.MalformedValue, message)
    {
    }

    public BadRecordException(string message, Exception innerException)
        : base(message, innerException)
    {
        Kind = BadRecordKind.MalformedValue;
    }

    public BadRecordException(BadRecordKind kind, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
    }

    /// <summary>Why the record can never be processed.</summary>
    public BadRecordKind Kind { get; }
}
