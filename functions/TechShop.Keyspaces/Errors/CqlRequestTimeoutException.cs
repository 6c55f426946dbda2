namespace TechShop.Keyspaces.Errors;

/// <summary>No response arrived within the client-side request timeout.</summary>
public sealed class CqlRequestTimeoutException : CqlException
{
    public CqlRequestTimeoutException(string message)
        : base(message)
    {
    }

    /// <inheritdoc />
    public override bool IsTransient => true;
}
