using System.Text.RegularExpressions;

namespace TechShop.Dashboards.Tests.Cql;

/// <summary>
/// The tables of sql/keyspaces/*.cql, read with the DDL subset of docs/CONTRACTS.md: one statement per ';',
/// '--' line comments, CREATE KEYSPACE and CREATE TABLE IF NOT EXISTS ks.table (cols, PRIMARY KEY (...)) [WITH ...].
/// </summary>
internal sealed partial class CqlSchema
{
    private static readonly HashSet<string> Types =
        ["text", "int", "bigint", "boolean", "double", "decimal", "timestamp", "date", "uuid", "varint"];

    private readonly Dictionary<string, CqlTable> tables;

    private CqlSchema(Dictionary<string, CqlTable> tables) => this.tables = tables;

    public IReadOnlyCollection<CqlTable> Tables => tables.Values;

    public bool TryGet(string keyspace, string table, out CqlTable found) =>
        tables.TryGetValue($"{keyspace}.{table}", out found!);

    public static CqlSchema Load(string folder)
    {
        var files = Directory.GetFiles(folder, "*.cql").Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0)
        {
            throw new CqlSchemaException($"No *.cql file in {folder}.");
        }

        return Parse(files.Select(File.ReadAllText));
    }

    public static CqlSchema Parse(IEnumerable<string> sources)
    {
        var tables = new Dictionary<string, CqlTable>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            var withoutComments = CommentPattern().Replace(source, string.Empty);
            foreach (var raw in withoutComments.Split(';'))
            {
                var statement = WhitespacePattern().Replace(raw, " ").Trim();
                if (statement.Length == 0 || statement.StartsWith("CREATE KEYSPACE ", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var table = ParseTable(statement);
                if (!tables.TryAdd($"{table.Keyspace}.{table.Name}", table))
                {
                    throw new CqlSchemaException($"Table {table.Keyspace}.{table.Name} is created twice.");
                }
            }
        }

        return new CqlSchema(tables);
    }

    private static CqlTable ParseTable(string statement)
    {
        var head = CreateTablePattern().Match(statement);
        if (!head.Success)
        {
            throw new CqlSchemaException(
                $"Expected 'CREATE TABLE IF NOT EXISTS <keyspace>.<table> (...)', found: {Shorten(statement)}");
        }

        var body = BodyOf(statement, head.Length - 1);
        var columns = new Dictionary<string, string>(StringComparer.Ordinal);
        IReadOnlyList<string>? partitionKey = null;
        IReadOnlyList<string> clustering = [];
        foreach (var part in SplitTopLevel(body))
        {
            if (part.StartsWith("PRIMARY KEY", StringComparison.OrdinalIgnoreCase))
            {
                (partitionKey, clustering) = ParsePrimaryKey(part);
                continue;
            }

            var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length != 2 || !Types.Contains(words[1]))
            {
                throw new CqlSchemaException(
                    $"Expected '<column> <type>' with a type of {string.Join(", ", Types)}; found '{part}'.");
            }

            columns.Add(words[0], words[1]);
        }

        var name = $"{head.Groups["ks"].Value}.{head.Groups["table"].Value}";
        if (partitionKey is null)
        {
            throw new CqlSchemaException($"Table {name} has no PRIMARY KEY.");
        }

        foreach (var key in partitionKey.Concat(clustering).Where(k => !columns.ContainsKey(k)))
        {
            throw new CqlSchemaException($"Table {name}: key column '{key}' is not a column of the table.");
        }

        return new CqlTable(head.Groups["ks"].Value, head.Groups["table"].Value, columns, partitionKey, clustering);
    }

    private static (IReadOnlyList<string> Partition, IReadOnlyList<string> Clustering) ParsePrimaryKey(string part)
    {
        var inner = part[(part.IndexOf('(', StringComparison.Ordinal) + 1)..part.LastIndexOf(')')].Trim();
        if (inner.StartsWith('('))
        {
            var close = inner.IndexOf(')', StringComparison.Ordinal);
            var partition = Names(inner[1..close]);
            var rest = inner[(close + 1)..].TrimStart(',', ' ');
            return (partition, rest.Length == 0 ? [] : Names(rest));
        }

        var all = Names(inner);
        return ([all[0]], all.Skip(1).ToArray());
    }

    private static string[] Names(string list) =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string BodyOf(string statement, int open)
    {
        var depth = 0;
        for (var i = open; i < statement.Length; i++)
        {
            depth += statement[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (depth == 0)
            {
                return statement[(open + 1)..i];
            }
        }

        throw new CqlSchemaException($"Unbalanced parentheses in: {Shorten(statement)}");
    }

    private static List<string> SplitTopLevel(string body)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < body.Length; i++)
        {
            depth += body[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (body[i] == ',' && depth == 0)
            {
                parts.Add(body[start..i].Trim());
                start = i + 1;
            }
        }

        parts.Add(body[start..].Trim());
        return parts.Where(p => p.Length > 0).ToList();
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "...";

    [GeneratedRegex("--[^\n]*")]
    private static partial Regex CommentPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespacePattern();

    [GeneratedRegex(@"^CREATE TABLE IF NOT EXISTS (?<ks>\w+)\.(?<table>\w+) \(", RegexOptions.IgnoreCase)]
    private static partial Regex CreateTablePattern();
}
