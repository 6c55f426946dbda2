namespace TechShop.Keyspaces.Errors;

/// <summary>Base of every failure raised by the CQL client; <see cref="IsTransient"/> tells retry from give-up.</summary>
public abstract class CqlException : Exception
{
    protected CqlException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <summary>True when repeating the (idempotent) request may succeed: throttling, timeouts, lost connections.</summary>
    public abstract bool IsTransient { get; }
}
