namespace TechShop.Infra.Keyspaces;

/// <summary>A column of a realtime table: its name and CQL type, as declared in sql/keyspaces.</summary>
public sealed record CqlColumn(string Name, string Type);
