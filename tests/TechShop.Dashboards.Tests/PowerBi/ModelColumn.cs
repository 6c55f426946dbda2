namespace TechShop.Dashboards.Tests.PowerBi;

/// <summary>A column of a model table: its TMDL data type, the source column it reads, and whether it is the table's key.</summary>
internal sealed record ModelColumn(string Table, string Name, string? DataType, string? SourceColumn, bool IsKey, string Location);
