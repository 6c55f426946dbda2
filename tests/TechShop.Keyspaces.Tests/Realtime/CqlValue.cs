namespace TechShop.Keyspaces.Tests.Realtime;

/// <summary>A bound [value] as the server received it: bytes, null (-1) or not set (-2).</summary>
internal sealed record CqlValue(byte[]? Bytes, bool IsNotSet)
{
    public static CqlValue Null { get; } = new(null, false);

    public static CqlValue NotSet { get; } = new(null, true);

    /// <summary>Hex of the bytes; "null" or "unset" otherwise.</summary>
    public string Hex => IsNotSet ? "unset" : Bytes is null ? "null" : Convert.ToHexString(Bytes);
}
