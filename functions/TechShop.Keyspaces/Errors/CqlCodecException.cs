namespace TechShop.Keyspaces.Errors;

/// <summary>A value cannot be encoded to, or decoded from, the CQL type it is bound to.</summary>
public sealed class CqlCodecException : CqlException
{
    public CqlCodecException(string message)
        : base(message)
    {
    }

    /// <inheritdoc />
    public override bool IsTransient => false;
}
