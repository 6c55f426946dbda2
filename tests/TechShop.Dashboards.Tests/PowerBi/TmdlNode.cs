namespace TechShop.Dashboards.Tests.PowerBi;

/// <summary>
/// One TMDL object: its keyword (table, column, measure, ...), name, the expression after '=' (single- or
/// multi-line), its properties ("name: value"; a bare flag reads "true"; "source =" holds its expression), child
/// objects, the '///' description above it, and where it was declared.
/// </summary>
internal sealed record TmdlNode(
    string Kind,
    string Name,
    string? Expression,
    IReadOnlyDictionary<string, string> Properties,
    IReadOnlyList<TmdlNode> Children,
    string? Description,
    string Location)
{
    public string? Property(string name) => Properties.TryGetValue(name, out var value) ? value : null;

    public IEnumerable<TmdlNode> ChildrenOf(string kind) => Children.Where(c => c.Kind == kind);
}
