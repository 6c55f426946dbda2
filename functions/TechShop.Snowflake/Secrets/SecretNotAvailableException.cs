namespace TechShop.Snowflake.Secrets;

/// <summary>A secret could not be read; the message names the secret and the source that refused it.</summary>
public sealed class SecretNotAvailableException : Exception
{
    public SecretNotAvailableException(string message, bool isTransient, Exception? innerException = null)
        : base(message, innerException)
    {
        IsTransient = isTransient;
    }

    public SecretNotAvailableException()
        : this("The secret is not available.", false)
    {
    }

    public SecretNotAvailableException(string message)
        : this(message, false)
    {
    }

    public SecretNotAvailableException(string message, Exception innerException)
        : this(message, false, innerException)
    {
    }

    /// <summary>True for throttling, timeouts and server errors: a later attempt may succeed.</summary>
    public bool IsTransient { get; }
}
