namespace TechShop.Keyspaces.Errors;

/// <summary>Authentication failed: the server's Authentication_error (0x0100) or a handshake the client cannot complete.</summary>
public sealed class CqlAuthenticationException : CqlException
{
    public CqlAuthenticationException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <inheritdoc />
    public override bool IsTransient => false;
}
