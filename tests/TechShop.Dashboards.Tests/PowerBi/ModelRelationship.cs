namespace TechShop.Dashboards.Tests.PowerBi;

/// <summary>A relationship from the many side (FromTable.FromColumn) to the one side (ToTable.ToColumn).</summary>
internal sealed record ModelRelationship(
    string Name,
    string FromTable,
    string FromColumn,
    string ToTable,
    string ToColumn,
    bool IsActive,
    string Location);
