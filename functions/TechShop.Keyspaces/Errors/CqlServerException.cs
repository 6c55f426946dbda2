namespace TechShop.Keyspaces.Errors;

/// <summary>An ERROR message from the server: its code, its message, and (in subclasses) its extras.</summary>
public class CqlServerException : CqlException
{
    public CqlServerException(CqlErrorCode code, string serverMessage)
        : base($"CQL error 0x{(int)code:X4} {code}: {serverMessage}")
    {
        Code = code;
        ServerMessage = serverMessage;
    }

    /// <summary>The error code of the ERROR message.</summary>
    public CqlErrorCode Code { get; }

    /// <summary>The server's own message text.</summary>
    public string ServerMessage { get; }

    /// <inheritdoc />
    public override bool IsTransient => Code is CqlErrorCode.ServerError or CqlErrorCode.Overloaded
        or CqlErrorCode.IsBootstrapping or CqlErrorCode.Unavailable or CqlErrorCode.WriteTimeout
        or CqlErrorCode.ReadTimeout;
}
