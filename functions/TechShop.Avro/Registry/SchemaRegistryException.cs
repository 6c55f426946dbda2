namespace TechShop.Avro.Registry;

/// <summary>The registry answered with an error it will repeat (4xx): carries its HTTP status, error_code and message.</summary>
public sealed class SchemaRegistryException : Exception
{
    public SchemaRegistryException(int statusCode, int errorCode, string registryMessage, string request)
        : base($"Schema registry rejected {request}: HTTP {statusCode}, error_code {errorCode}: {registryMessage}")
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
        RegistryMessage = registryMessage;
    }

    public SchemaRegistryException()
        : base("Schema registry error.")
    {
        RegistryMessage = string.Empty;
    }

    public SchemaRegistryException(string message, Exception innerException)
        : base(message, innerException)
    {
        RegistryMessage = message;
    }

    public int StatusCode { get; }

    /// <summary>Confluent error code, e.g. 40401 subject not found, 40403 schema not found, 40901 incompatible.</summary>
    public int ErrorCode { get; }

    public string RegistryMessage { get; }
}
