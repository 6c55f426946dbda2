namespace TechShop.Dashboards.Tests.Cql;

/// <summary>
/// A parsed <c>SELECT ... FROM keyspace.table WHERE ...</c>: what a panel reads (columns, and the type a column is
/// cast to with <c>CAST(col AS type)</c>) and how it restricts it.
/// </summary>
internal sealed record CqlSelect(
    string Keyspace,
    string Table,
    IReadOnlyList<string> Columns,
    IReadOnlyDictionary<string, string> Casts,
    IReadOnlyList<CqlRestriction> Where,
    bool AllowFiltering);
