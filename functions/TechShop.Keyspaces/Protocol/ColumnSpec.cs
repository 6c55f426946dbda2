namespace TechShop.Keyspaces.Protocol;

/// <summary>One column of a result, or one bind marker of a prepared statement.</summary>
public sealed record ColumnSpec(string Keyspace, string Table, string Name, CqlType Type);
