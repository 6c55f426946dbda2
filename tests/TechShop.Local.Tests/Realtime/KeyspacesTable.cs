using System.Text.RegularExpressions;

namespace TechShop.Local.Tests.Realtime;

/// <summary>A table of sql/keyspaces read with the DDL subset of CONTRACTS.md: columns, partition key, clustering, TTL, comment.</summary>
internal sealed record KeyspacesTable(
    string Name,
    IReadOnlyList<(string Name, string Type)> Columns,
    IReadOnlyList<string> PartitionKey,
    IReadOnlyList<string> Clustering,
    IReadOnlyList<string> ClusteringOrder,
    int? TimeToLiveSeconds,
    string Comment)
{
    private static readonly Regex Table = new(
        @"^CREATE TABLE IF NOT EXISTS techshop\.(?<name>\w+) \((?<body>.*?)\)(?: WITH (?<with>.*))?$",
        RegexOptions.Singleline | RegexOptions.CultureInvariant);

    private static readonly Regex Key = new(@"PRIMARY KEY \(\((?<pk>[^)]*)\)(?:, (?<ck>[^)]*))?\)", RegexOptions.CultureInvariant);

    /// <summary>The repository's sql/keyspaces folder, found above the test binaries.</summary>
    public static string Folder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TechShop.Serverless.sln")))
            {
                return Path.Combine(dir.FullName, "sql", "keyspaces");
            }
        }

        throw new DirectoryNotFoundException($"No TechShop.Serverless.sln above {AppContext.BaseDirectory}.");
    }

    /// <summary>Every statement of every .cql file, in file order, with the comment lines just before it.</summary>
    public static IEnumerable<(string Statement, string Comment)> Statements()
    {
        foreach (var file in Directory.GetFiles(Folder(), "*.cql").Order(StringComparer.Ordinal))
        {
            var comment = new List<string>();
            var statement = new List<string>();
            foreach (var line in File.ReadAllLines(file))
            {
                var trimmed = line.Trim();
                if (trimmed.StartsWith("--", StringComparison.Ordinal))
                {
                    comment.Add(trimmed[2..].Trim());
                    continue;
                }

                statement.Add(trimmed);
                if (trimmed.EndsWith(';'))
                {
                    yield return (string.Join(' ', statement.Where(s => s.Length > 0)).TrimEnd(';').Replace("( ", "(", StringComparison.Ordinal).Replace(" )", ")", StringComparison.Ordinal), string.Join(' ', comment));
                    comment.Clear();
                    statement.Clear();
                }
            }
        }
    }

    public static IReadOnlyList<KeyspacesTable> All() =>
        Statements().Where(s => s.Statement.StartsWith("CREATE TABLE", StringComparison.Ordinal)).Select(s => Parse(s.Statement, s.Comment)).ToList();

    private static KeyspacesTable Parse(string statement, string comment)
    {
        var match = Table.Match(statement);
        if (!match.Success)
        {
            throw new FormatException($"Not in the DDL subset: {statement}");
        }

        var body = match.Groups["body"].Value;
        var key = Key.Match(body);
        var columns = body[..key.Index].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => c.Split(' ')).Select(c => (c[0], c[1])).ToList();
        var with = match.Groups["with"].Value;
        var order = Regex.Match(with, @"CLUSTERING ORDER BY \((?<order>[^)]*)\)", RegexOptions.CultureInvariant);
        var ttl = Regex.Match(with, @"default_time_to_live = (?<ttl>\d+)", RegexOptions.CultureInvariant);
        return new KeyspacesTable(
            match.Groups["name"].Value,
            columns,
            Split(key.Groups["pk"].Value),
            Split(key.Groups["ck"].Value),
            Split(order.Groups["order"].Value),
            ttl.Success ? int.Parse(ttl.Groups["ttl"].Value, System.Globalization.CultureInfo.InvariantCulture) : null,
            comment);
    }

    private static List<string> Split(string list) =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
