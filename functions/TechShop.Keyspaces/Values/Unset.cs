namespace TechShop.Keyspaces.Values;

/// <summary>Bind this to leave a column unchanged: sent as a [value] of length -2 ("not set").</summary>
public sealed class Unset
{
    private Unset()
    {
    }

    /// <summary>The one "not set" value.</summary>
    public static Unset Value { get; } = new();
}
