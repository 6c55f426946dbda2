namespace TechShop.Dashboards.Tests.PowerBi;

/// <summary>A name a DAX expression refers to: 'Table'[Name] (Table set) or [Name] alone (a measure).</summary>
internal sealed record DaxReference(string? Table, string Name)
{
    public override string ToString() => Table is null ? $"[{Name}]" : $"'{Table}'[{Name}]";
}
