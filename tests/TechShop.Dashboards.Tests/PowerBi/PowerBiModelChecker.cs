using System.Text.RegularExpressions;

namespace TechShop.Dashboards.Tests.PowerBi;

/// <summary>
/// Checks a semantic model and its report against the gold layer: every table reads an existing GOLD table or view
/// through the connection parameters, every column's source column is in that object's SELECT list with a compatible
/// type, relationships join existing columns of one type, DAX and report bindings resolve, the date table is marked.
/// Returns one finding per problem, each naming where it is; an empty list means the model is consistent.
/// </summary>
internal static partial class PowerBiModelChecker
{
    public static readonly IReadOnlyList<string> ConnectionParameters =
        ["SnowflakeServer", "SnowflakeWarehouse", "SnowflakeDatabase", "SnowflakeRole"];

    private static readonly HashSet<string> DataTypes = ["int64", "decimal", "double", "string", "dateTime", "boolean"];

    public static IReadOnlyList<string> Check(SemanticModel model, GoldCatalog gold, ReportDefinition? report = null)
    {
        var findings = new List<string>();
        CheckTableRefs(model, findings);
        CheckParameters(model, findings);
        foreach (var table in model.Tables)
        {
            CheckTable(table, gold, findings);
        }

        CheckRelationships(model, findings);
        CheckMeasures(model, findings);
        CheckDateTable(model, findings);
        if (report is not null)
        {
            CheckReport(model, report, findings);
        }

        return findings;
    }

    private static void CheckTableRefs(SemanticModel model, List<string> findings)
    {
        foreach (var missing in model.TableRefs.Where(r => model.Table(r) is null))
        {
            findings.Add($"model.tmdl: ref table {missing} has no table definition");
        }

        foreach (var table in model.Tables.Where(t => !model.TableRefs.Contains(t.Name, StringComparer.OrdinalIgnoreCase)))
        {
            findings.Add($"{table.Location}: table {table.Name} is not referenced by model.tmdl (ref table {table.Name})");
        }
    }

    private static void CheckParameters(SemanticModel model, List<string> findings)
    {
        foreach (var name in ConnectionParameters)
        {
            var parameter = model.Expressions.FirstOrDefault(e => e.Name == name);
            if (parameter is null || !parameter.IsParameter)
            {
                findings.Add($"expressions.tmdl: the connection parameter {name} is missing or not a parameter query");
            }
        }
    }

    private static void CheckTable(ModelTable table, GoldCatalog gold, List<string> findings)
    {
        if (table.Partitions.Count != 1 || table.Partitions[0].SourceKind != "m" || table.Partitions[0].Source is null)
        {
            findings.Add($"{table.Location}: table {table.Name} needs exactly one M partition with a source");
            return;
        }

        var source = table.Partitions[0].Source!;
        if (!SnowflakeSource().IsMatch(source) || !source.Contains("Name = SnowflakeDatabase", StringComparison.Ordinal)
            || !source.Contains("[Name = \"GOLD\", Kind = \"Schema\"]", StringComparison.Ordinal))
        {
            findings.Add($"{table.Partitions[0].Location}: table {table.Name} must read Snowflake.Databases(SnowflakeServer, " +
                "SnowflakeWarehouse, [Role = SnowflakeRole]), database SnowflakeDatabase, schema GOLD");
        }

        var item = GoldItem().Match(source);
        if (!item.Success)
        {
            findings.Add($"{table.Partitions[0].Location}: table {table.Name} names no GOLD object ([Name = \"X\", Kind = \"Table|View\"])");
            return;
        }

        var objectName = item.Groups["name"].Value;
        var goldObject = gold.Find(objectName);
        if (goldObject is null || goldObject.Name != objectName)
        {
            findings.Add($"{table.Partitions[0].Location}: table {table.Name} reads GOLD.{objectName}, which no sql/warehouse model creates");
            return;
        }

        if (goldObject.Kind != item.Groups["kind"].Value)
        {
            findings.Add($"{table.Partitions[0].Location}: GOLD.{objectName} is a {goldObject.Kind}, the partition says {item.Groups["kind"].Value}");
        }

        if (!string.Equals(table.Name, objectName, StringComparison.OrdinalIgnoreCase))
        {
            findings.Add($"{table.Location}: table {table.Name} reads GOLD.{objectName}; the name must be its lower-case name");
        }

        CheckSelectedColumns(table, source, findings);
        foreach (var column in table.Columns)
        {
            CheckColumn(column, goldObject, findings);
        }
    }

    private static void CheckSelectedColumns(ModelTable table, string source, List<string> findings)
    {
        var select = SelectColumns().Match(source);
        var selected = select.Success
            ? QuotedName().Matches(select.Groups["list"].Value).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal)
            : [];
        var sourceColumns = table.Columns.Select(c => c.SourceColumn ?? string.Empty).ToHashSet(StringComparer.Ordinal);
        if (!selected.SetEquals(sourceColumns))
        {
            findings.Add($"{table.Partitions[0].Location}: table {table.Name} selects {{{string.Join(", ", selected.Order(StringComparer.Ordinal))}}} " +
                $"but its columns read {{{string.Join(", ", sourceColumns.Order(StringComparer.Ordinal))}}} (Table.SelectColumns must list them)");
        }
    }

    private static void CheckColumn(ModelColumn column, GoldObject goldObject, List<string> findings)
    {
        var where = $"{column.Location}: {column.Table}.{column.Name}";
        if (column.DataType is null || !DataTypes.Contains(column.DataType))
        {
            findings.Add($"{where} has dataType '{column.DataType}', expected one of {string.Join(", ", DataTypes)}");
        }

        if (!string.Equals(column.SourceColumn, column.Name.ToUpperInvariant(), StringComparison.Ordinal))
        {
            findings.Add($"{where} has sourceColumn '{column.SourceColumn}', expected the upper-cased name {column.Name.ToUpperInvariant()}");
        }

        var sqlColumn = column.SourceColumn is null ? null : goldObject.Column(column.SourceColumn);
        if (sqlColumn is null)
        {
            findings.Add($"{where}: GOLD.{goldObject.Name} ({goldObject.File}) has no column {column.SourceColumn}");
        }
        else if (sqlColumn.DeclaredType is { } declared && column.DataType is not null
            && !SqlTypes.CompatibleDataTypes(declared).Contains(column.DataType))
        {
            findings.Add($"{where} is {column.DataType}, but GOLD.{goldObject.Name}.{sqlColumn.Name} is declared {declared} " +
                $"(compatible: {string.Join(", ", SqlTypes.CompatibleDataTypes(declared))})");
        }
    }

    private static void CheckRelationships(SemanticModel model, List<string> findings)
    {
        foreach (var relationship in model.Relationships)
        {
            var from = model.Table(relationship.FromTable)?.Column(relationship.FromColumn);
            var to = model.Table(relationship.ToTable)?.Column(relationship.ToColumn);
            var where = $"{relationship.Location}: relationship {relationship.Name}";
            if (from is null)
            {
                findings.Add($"{where}: fromColumn {relationship.FromTable}.{relationship.FromColumn} does not exist");
            }

            if (to is null)
            {
                findings.Add($"{where}: toColumn {relationship.ToTable}.{relationship.ToColumn} does not exist");
            }

            if (from is not null && to is not null && from.DataType != to.DataType)
            {
                findings.Add($"{where} joins {from.DataType} {from.Table}.{from.Name} to {to.DataType} {to.Table}.{to.Name}");
            }
        }
    }

    private static void CheckMeasures(SemanticModel model, List<string> findings)
    {
        foreach (var duplicate in model.Measures.GroupBy(m => m.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            findings.Add($"{duplicate.First().Location}: measure [{duplicate.Key}] is defined {duplicate.Count()} times");
        }

        foreach (var measure in model.Measures)
        {
            var where = $"{measure.Location}: measure [{measure.Name}]";
            if (model.Table(measure.Table)!.Column(measure.Name) is not null)
            {
                findings.Add($"{where} has the name of a column of its table {measure.Table}");
            }

            if (string.IsNullOrWhiteSpace(measure.FormatString) || string.IsNullOrWhiteSpace(measure.DisplayFolder))
            {
                findings.Add($"{where} needs a formatString and a displayFolder");
            }

            foreach (var reference in DaxReferences.Find(measure.Expression))
            {
                if (!Resolves(model, reference))
                {
                    findings.Add($"{where} refers to {reference}, which is no column or measure of the model");
                }
            }
        }
    }

    private static bool Resolves(SemanticModel model, DaxReference reference) => reference.Table is null
        ? model.Measure(reference.Name) is not null
        : model.Table(reference.Table) is { } table && (table.Column(reference.Name) is not null || table.Measure(reference.Name) is not null);

    private static void CheckDateTable(SemanticModel model, List<string> findings)
    {
        var dateTables = model.Tables.Where(t => t.DataCategory == "Time").ToList();
        if (dateTables.Count != 1)
        {
            findings.Add($"the model needs exactly one date table (dataCategory: Time), found {dateTables.Count}");
        }
        else if (dateTables[0].Columns.Where(c => c.IsKey).ToList() is not [{ DataType: "dateTime" }])
        {
            findings.Add($"{dateTables[0].Location}: date table {dateTables[0].Name} needs one isKey column of dataType dateTime");
        }
    }

    private static void CheckReport(SemanticModel model, ReportDefinition report, List<string> findings)
    {
        var folders = report.Pages.Select(p => p.Folder).ToHashSet(StringComparer.Ordinal);
        if (!folders.SetEquals(report.PageOrder))
        {
            findings.Add($"pages.json: pageOrder [{string.Join(", ", report.PageOrder)}] differs from the page folders [{string.Join(", ", folders)}]");
        }

        foreach (var binding in report.Bindings)
        {
            var table = model.Table(binding.Entity);
            var found = binding.Kind == "Measure" ? table?.Measure(binding.Property) is not null : table?.Column(binding.Property) is not null;
            if (!found)
            {
                findings.Add($"{binding.Location}: binds {binding.Kind} {binding.Entity}.{binding.Property}, which the model does not have");
            }

            if (binding.QueryRef is not null && binding.QueryRef != $"{binding.Entity}.{binding.Property}")
            {
                findings.Add($"{binding.Location}: queryRef {binding.QueryRef} does not name {binding.Entity}.{binding.Property}");
            }
        }
    }

    [GeneratedRegex(@"Snowflake\.Databases\(\s*SnowflakeServer\s*,\s*SnowflakeWarehouse\s*,\s*\[\s*Role\s*=\s*SnowflakeRole\s*\]\s*\)")]
    private static partial Regex SnowflakeSource();

    [GeneratedRegex(@"Gold\{\[Name = ""(?<name>[^""]+)"", Kind = ""(?<kind>Table|View)""\]\}\[Data\]")]
    private static partial Regex GoldItem();

    [GeneratedRegex(@"Table\.SelectColumns\(\s*\w+\s*,\s*\{(?<list>[^}]*)\}\s*\)")]
    private static partial Regex SelectColumns();

    [GeneratedRegex(@"""([^""]+)""")]
    private static partial Regex QuotedName();
}
