namespace TechShop.Avro.Errors;

/// <summary>A record that can never be decoded, whatever the retry: the hot path dead-letters it with this reason.</summary>
public abstract class AvroRecordException : Exception
{
    protected AvroRecordException(string message)
        : base(message)
    {
    }

    protected AvroRecordException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
