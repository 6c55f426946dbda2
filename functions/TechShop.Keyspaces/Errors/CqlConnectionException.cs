namespace TechShop.Keyspaces.Errors;

/// <summary>The connection to a node failed or closed (TCP, TLS, handshake transport); the request may be retried.</summary>
public sealed class CqlConnectionException : CqlException
{
    public CqlConnectionException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <inheritdoc />
    public override bool IsTransient => true;
}
