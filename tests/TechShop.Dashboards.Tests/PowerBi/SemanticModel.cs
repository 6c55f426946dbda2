namespace TechShop.Dashboards.Tests.PowerBi;

/// <summary>
/// A semantic model read from its TMDL files: tables, relationships, shared expressions and the tables model.tmdl
/// refers to ("ref table").
/// </summary>
internal sealed record SemanticModel(
    IReadOnlyList<ModelTable> Tables,
    IReadOnlyList<ModelRelationship> Relationships,
    IReadOnlyList<ModelExpression> Expressions,
    IReadOnlyList<string> TableRefs)
{
    public IEnumerable<ModelMeasure> Measures => Tables.SelectMany(t => t.Measures);

    public ModelTable? Table(string name) =>
        Tables.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));

    public ModelMeasure? Measure(string name) =>
        Measures.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Reads every .tmdl file under a SemanticModel's definition folder.</summary>
    public static SemanticModel Load(string definitionFolder)
    {
        var files = Directory.GetFiles(definitionFolder, "*.tmdl", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(definitionFolder, f).Replace('\\', '/'), File.ReadAllText(f)));
        return FromFiles(files);
    }

    /// <summary>Builds a model from (file name, TMDL text) pairs.</summary>
    public static SemanticModel FromFiles(IEnumerable<(string File, string Text)> files)
    {
        var nodes = files.SelectMany(f => TmdlReader.Parse(f.File, f.Text)).ToList();
        var tables = nodes.Where(n => n.Kind == "table").Select(ToTable).ToList();
        var relationships = nodes.Where(n => n.Kind == "relationship").Select(ToRelationship).ToList();
        var expressions = nodes.Where(n => n.Kind == "expression")
            .Select(n => new ModelExpression(n.Name, n.Expression ?? string.Empty, n.Description, n.Location))
            .ToList();
        var refs = nodes.Where(n => n.Kind == "model")
            .SelectMany(m => m.ChildrenOf("ref"))
            .Concat(nodes.Where(n => n.Kind == "ref"))
            .Where(r => r.Name.StartsWith("table ", StringComparison.Ordinal))
            .Select(r => Unquote(r.Name["table ".Length..].Trim()))
            .ToList();
        return new SemanticModel(tables, relationships, expressions, refs);
    }

    private static ModelTable ToTable(TmdlNode table) => new(
        table.Name,
        table.Property("dataCategory"),
        table.ChildrenOf("column").Select(c => new ModelColumn(
            table.Name, c.Name, c.Property("dataType"), c.Property("sourceColumn"), c.Property("isKey") == "true", c.Location)).ToList(),
        table.ChildrenOf("measure").Select(m => new ModelMeasure(
            table.Name, m.Name, m.Expression ?? string.Empty, m.Property("formatString"), m.Property("displayFolder"),
            m.Description, m.Location)).ToList(),
        table.ChildrenOf("partition").Select(p => new ModelPartition(
            p.Name, p.Expression ?? string.Empty, p.Property("mode"), p.Property("source"), p.Location)).ToList(),
        table.Location);

    private static ModelRelationship ToRelationship(TmdlNode relationship)
    {
        var (fromTable, fromColumn) = SplitColumnReference(relationship.Property("fromColumn"), relationship.Location);
        var (toTable, toColumn) = SplitColumnReference(relationship.Property("toColumn"), relationship.Location);
        return new ModelRelationship(
            relationship.Name, fromTable, fromColumn, toTable, toColumn, relationship.Property("isActive") != "false",
            relationship.Location);
    }

    /// <summary>Splits "table.column" or "'a table'.'a column'" (TMDL's column reference).</summary>
    private static (string Table, string Column) SplitColumnReference(string? reference, string location)
    {
        if (string.IsNullOrWhiteSpace(reference))
        {
            throw new TmdlSyntaxException(location, 0, "a relationship needs fromColumn and toColumn ('table.column')");
        }

        var inQuote = false;
        for (var i = 0; i < reference.Length; i++)
        {
            if (reference[i] == '\'')
            {
                inQuote = !inQuote;
            }
            else if (reference[i] == '.' && !inQuote)
            {
                return (Unquote(reference[..i]), Unquote(reference[(i + 1)..]));
            }
        }

        throw new TmdlSyntaxException(location, 0, $"'{reference}' is not a column reference 'table.column'");
    }

    private static string Unquote(string name) =>
        name.Length >= 2 && name[0] == '\'' && name[^1] == '\'' ? name[1..^1].Replace("''", "'", StringComparison.Ordinal) : name;
}
