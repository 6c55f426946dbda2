using TechShop.Keyspaces.Errors;

namespace TechShop.Keyspaces.Session;

/// <summary>A Keyspaces setting is missing or out of range; the message names the setting and what was expected.</summary>
public sealed class KeyspacesOptionsException : CqlException
{
    public KeyspacesOptionsException(string message)
        : base(message)
    {
    }

    /// <inheritdoc />
    public override bool IsTransient => false;
}
