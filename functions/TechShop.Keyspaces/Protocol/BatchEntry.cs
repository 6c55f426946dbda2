namespace TechShop.Keyspaces.Protocol;

/// <summary>One statement of a BATCH message: a prepared id or a query string, with its encoded values.</summary>
public sealed record BatchEntry(byte[]? PreparedId, string? Query, IReadOnlyList<byte[]?> Values);
