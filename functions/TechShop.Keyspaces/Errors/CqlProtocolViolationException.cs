namespace TechShop.Keyspaces.Errors;

/// <summary>The server sent bytes this client cannot read as protocol v4 (truncated body, unknown kind, ...).</summary>
public sealed class CqlProtocolViolationException : CqlException
{
    public CqlProtocolViolationException(string message)
        : base($"malformed CQL frame: {message}")
    {
    }

    /// <inheritdoc />
    public override bool IsTransient => false;
}
