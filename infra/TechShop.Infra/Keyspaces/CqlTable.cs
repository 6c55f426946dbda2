namespace TechShop.Infra.Keyspaces;

/// <summary>A realtime table parsed from the DDL subset: columns in declaration order, keys, and default TTL.</summary>
public sealed record CqlTable(
    string Name,
    IReadOnlyList<CqlColumn> Columns,
    IReadOnlyList<string> PartitionKey,
    IReadOnlyList<CqlClusteringKey> ClusteringKey,
    int? DefaultTimeToLive,
    string SourceFile)
{
    /// <summary>The columns that are neither partition nor clustering keys, in declaration order.</summary>
    public IEnumerable<CqlColumn> RegularColumns =>
        Columns.Where(c => !PartitionKey.Contains(c.Name) && ClusteringKey.All(k => k.Name != c.Name));

    /// <summary>The declared type of a column.</summary>
    public string TypeOf(string column) => Columns.First(c => c.Name == column).Type;
}
