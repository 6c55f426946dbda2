namespace TechShop.Avro.Errors;

/// <summary>An Avro object container file that is truncated, corrupt, or written with a codec or schema this reader does not support.</summary>
public sealed class AvroContainerException : Exception
{
    public AvroContainerException(string message)
        : base(message)
    {
    }

    public AvroContainerException()
    {
    }

    public AvroContainerException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
