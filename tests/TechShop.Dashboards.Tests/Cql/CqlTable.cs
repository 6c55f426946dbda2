namespace TechShop.Dashboards.Tests.Cql;

/// <summary>A table of the Keyspaces DDL: its columns (name → CQL type) and its primary key.</summary>
internal sealed record CqlTable(
    string Keyspace,
    string Name,
    IReadOnlyDictionary<string, string> Columns,
    IReadOnlyList<string> PartitionKey,
    IReadOnlyList<string> Clustering);
