namespace TechShop.Dashboards.Tests.Cql;

/// <summary>A parsed <c>SELECT ... FROM keyspace.table WHERE ...</c>: what a panel reads and how it restricts it.</summary>
internal sealed record CqlSelect(
    string Keyspace,
    string Table,
    IReadOnlyList<string> Columns,
    IReadOnlyList<CqlRestriction> Where,
    bool AllowFiltering);
