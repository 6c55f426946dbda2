namespace TechShop.Dashboards.Tests.PowerBi;

/// <summary>A table or view Power BI can read in GOLD, with its output columns and the file that creates it.</summary>
internal sealed record GoldObject(string Name, string Kind, IReadOnlyList<GoldColumn> Columns, string File)
{
    public GoldColumn? Column(string name) =>
        Columns.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
}
