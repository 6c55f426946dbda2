namespace TechShop.Dashboards.Tests.PowerBi;

/// <summary>An output column of a gold table or view: its name as written and, where the SQL declares it, its type.</summary>
internal sealed record GoldColumn(string Name, string? DeclaredType);
