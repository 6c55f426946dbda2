namespace TechShop.Keyspaces.Protocol;

/// <summary>RESULT kind 0x0001: nothing to return (writes).</summary>
public sealed record VoidResult : CqlResult
{
    public static VoidResult Instance { get; } = new();
}
