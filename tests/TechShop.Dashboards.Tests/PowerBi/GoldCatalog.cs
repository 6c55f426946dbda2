using System.Text.RegularExpressions;

namespace TechShop.Dashboards.Tests.PowerBi;

/// <summary>
/// What GOLD holds, read from sql/warehouse: every "CREATE OR REPLACE TABLE GOLD_STAGE.X AS SELECT ..." (published
/// as the table GOLD.X) and "CREATE OR REPLACE VIEW GOLD.X AS SELECT ...", with the output columns of the statement's
/// main SELECT. Names are upper-cased: Snowflake stores unquoted identifiers that way.
/// </summary>
internal sealed partial class GoldCatalog
{
    private readonly Dictionary<string, GoldObject> objects;

    private GoldCatalog(Dictionary<string, GoldObject> objects) => this.objects = objects;

    public IReadOnlyCollection<GoldObject> Objects => objects.Values;

    public GoldObject? Find(string name) => objects.GetValueOrDefault(name.ToUpperInvariant());

    public static GoldCatalog Load(string warehouseFolder) => FromFiles(
        Directory.GetFiles(warehouseFolder, "*.sql", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(warehouseFolder, f).Replace('\\', '/'), File.ReadAllText(f))));

    public static GoldCatalog FromFiles(IEnumerable<(string File, string Sql)> files)
    {
        var found = new Dictionary<string, GoldObject>(StringComparer.Ordinal);
        foreach (var (file, sql) in files)
        {
            var text = SqlText.WithoutComments(sql);
            foreach (Match create in CreateStatement().Matches(text))
            {
                var schema = create.Groups["schema"].Value.ToUpperInvariant();
                var kind = string.Equals(create.Groups["kind"].Value, "VIEW", StringComparison.OrdinalIgnoreCase) ? "View" : "Table";
                if (!(kind == "Table" && schema == "GOLD_STAGE") && !(kind == "View" && schema == "GOLD"))
                {
                    continue;
                }

                var name = create.Groups["name"].Value.ToUpperInvariant();
                var body = StatementBody(text, create.Index + create.Length);
                var columns = SqlText.SelectList(body, $"{file} ({schema}.{name})")
                    .Select(item => new GoldColumn(item.Name.ToUpperInvariant(), item.DeclaredType))
                    .ToList();
                if (!found.TryAdd(name, new GoldObject(name, kind, columns, file)))
                {
                    throw new InvalidDataException($"{file}: GOLD.{name} is created twice (also in {found[name].File}).");
                }
            }
        }

        return new GoldCatalog(found);
    }

    private static string StatementBody(string text, int start)
    {
        var end = SqlText.TopLevelIndexOf(text, ";", start);
        return end < 0 ? text[start..] : text[start..end];
    }

    [GeneratedRegex(@"CREATE\s+OR\s+REPLACE\s+(?<kind>TABLE|VIEW)\s+(?<schema>\w+)\.(?<name>\w+)\s+AS\b", RegexOptions.IgnoreCase)]
    private static partial Regex CreateStatement();
}
