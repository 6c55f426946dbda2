namespace TechShop.Infra.Keyspaces;

/// <summary>A clustering column and its order (ascending unless CLUSTERING ORDER BY says DESC).</summary>
public sealed record CqlClusteringKey(string Name, bool Descending);
