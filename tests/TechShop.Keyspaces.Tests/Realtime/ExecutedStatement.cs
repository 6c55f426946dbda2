using TechShop.Keyspaces.Protocol;

namespace TechShop.Keyspaces.Tests.Realtime;

/// <summary>One statement the in-memory server ran: its text, values and consistency, and the batch it came in (-1 for none).</summary>
internal sealed record ExecutedStatement(string Text, IReadOnlyList<CqlValue> Values, Consistency Consistency, int Batch, byte BatchType, byte[]? PagingState);
