namespace TechShop.Avro.Registry;

/// <summary>The registry could not be reached or kept failing (5xx, 429, transport) after every retry: a transient failure.</summary>
public sealed class SchemaRegistryUnavailableException : Exception
{
    public SchemaRegistryUnavailableException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public SchemaRegistryUnavailableException()
    {
    }

    public SchemaRegistryUnavailableException(string message)
        : base(message)
    {
    }
}
