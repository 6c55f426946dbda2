namespace TechShop.Infra.Keyspaces;

/// <summary>The keyspace and its tables, as declared by every sql/keyspaces/*.cql file.</summary>
public sealed record CqlSchema(string Keyspace, IReadOnlyList<CqlTable> Tables);
