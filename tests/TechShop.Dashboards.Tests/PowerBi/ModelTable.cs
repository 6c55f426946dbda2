namespace TechShop.Dashboards.Tests.PowerBi;

/// <summary>A model table with its columns, measures, partitions (name, mode, source) and data category.</summary>
internal sealed record ModelTable(
    string Name,
    string? DataCategory,
    IReadOnlyList<ModelColumn> Columns,
    IReadOnlyList<ModelMeasure> Measures,
    IReadOnlyList<ModelPartition> Partitions,
    string Location)
{
    public ModelColumn? Column(string name) =>
        Columns.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));

    public ModelMeasure? Measure(string name) =>
        Measures.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase));
}
