namespace TechShop.Avro.Errors;

/// <summary>A domain value that the schema cannot represent (too many decimal places, beyond the precision, null where not allowed).</summary>
public sealed class AvroEncodingException : Exception
{
    public AvroEncodingException(string message)
        : base(message)
    {
    }

    public AvroEncodingException()
    {
    }

    public AvroEncodingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
