using System.Globalization;
using System.Text.RegularExpressions;

namespace TechShop.Infra.Keyspaces;

/// <summary>Parses the Keyspaces DDL subset of CONTRACTS.md so the stack's tables match sql/keyspaces by construction.</summary>
public static partial class CqlSchemaParser
{
    /// <summary>The CQL types the subset allows.</summary>
    public static readonly IReadOnlySet<string> SupportedTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "text", "int", "bigint", "boolean", "double", "decimal", "timestamp", "date", "uuid", "varint",
    };

    /// <summary>Parses every *.cql file of a directory (in name order) into one keyspace and its tables.</summary>
    public static CqlSchema ParseDirectory(string directory, string contextKey)
    {
        if (!Directory.Exists(directory))
        {
            throw new CqlSchemaException(
                $"The Keyspaces DDL folder '{directory}' does not exist; expected sql/keyspaces/*.cql (set {contextKey} to another folder).");
        }

        var files = Directory.GetFiles(directory, "*.cql").Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0)
        {
            throw new CqlSchemaException(
                $"The Keyspaces DDL folder '{directory}' has no *.cql file; the realtime tables are defined there (set {contextKey} to another folder).");
        }

        return Parse(files.Select(f => (Path.GetFileName(f), File.ReadAllText(f))));
    }

    /// <summary>Parses named DDL texts: exactly one CREATE KEYSPACE, and CREATE TABLE statements in that keyspace.</summary>
    public static CqlSchema Parse(IEnumerable<(string Source, string Text)> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        string? keyspace = null;
        var tables = new List<(string Keyspace, CqlTable Table)>();
        foreach (var (source, text) in sources)
        {
            foreach (var statement in CqlText.Statements(text))
            {
                var keyspaceMatch = KeyspacePattern().Match(statement);
                if (keyspaceMatch.Success)
                {
                    keyspace = ReadKeyspace(keyspaceMatch, keyspace, source, statement);
                    continue;
                }

                tables.Add(ReadTable(statement, source));
            }
        }

        if (keyspace is null)
        {
            throw new CqlSchemaException("No CREATE KEYSPACE statement found in the Keyspaces DDL; expected exactly one.");
        }

        foreach (var (tableKeyspace, table) in tables.Where(t => t.Keyspace != keyspace))
        {
            throw new CqlSchemaException(
                $"{table.SourceFile}: table '{tableKeyspace}.{table.Name}' is outside keyspace '{keyspace}'; expected every table in it.");
        }

        foreach (var duplicate in tables.GroupBy(t => t.Table.Name).Where(g => g.Count() > 1))
        {
            throw new CqlSchemaException(
                $"Table '{duplicate.Key}' is created more than once ({string.Join(", ", duplicate.Select(t => t.Table.SourceFile))}).");
        }

        if (tables.Count == 0)
        {
            throw new CqlSchemaException($"The Keyspaces DDL creates keyspace '{keyspace}' but no table; expected at least one CREATE TABLE.");
        }

        return new CqlSchema(keyspace, tables.Select(t => t.Table).ToArray());
    }

    private static string ReadKeyspace(Match match, string? existing, string source, string statement)
    {
        var name = match.Groups["ks"].Value.ToLowerInvariant();
        // Files may each repeat the (idempotent) CREATE KEYSPACE IF NOT EXISTS; a second keyspace is a mistake.
        if (existing is not null && existing != name)
        {
            throw new CqlSchemaException($"{source}: a second keyspace ('{name}') after '{existing}'; expected every table in one keyspace.");
        }

        if (!SingleRegionPattern().IsMatch(match.Groups["replication"].Value))
        {
            throw new CqlSchemaException(
                $"{source}: keyspace '{name}' must use {{'class': 'SingleRegionStrategy'}} replication; statement: {statement}");
        }

        return name;
    }

    private static (string Keyspace, CqlTable Table) ReadTable(string statement, string source)
    {
        var header = TableHeaderPattern().Match(statement);
        if (!header.Success)
        {
            throw new CqlSchemaException(
                $"{source}: expected CREATE KEYSPACE or CREATE TABLE [IF NOT EXISTS] <keyspace>.<table> (...); got: {statement}");
        }

        var name = header.Groups["table"].Value.ToLowerInvariant();
        var keyspace = header.Groups["ks"].Value.ToLowerInvariant();
        var close = CqlText.MatchingParenthesis(statement, header.Length - 1)
            ?? throw new CqlSchemaException($"{source}: table '{name}' has an unbalanced parenthesis in: {statement}");
        var body = statement[header.Length..close];
        var tail = statement[(close + 1)..].Trim();

        var columns = new List<CqlColumn>();
        List<string>? partitionKey = null;
        List<string>? clusteringColumns = null;
        foreach (var element in CqlText.SplitTopLevel(body, ','))
        {
            var primaryKey = PrimaryKeyPattern().Match(element);
            if (primaryKey.Success)
            {
                if (partitionKey is not null)
                {
                    throw new CqlSchemaException($"{source}: table '{name}' declares PRIMARY KEY twice.");
                }

                (partitionKey, clusteringColumns) = ReadPrimaryKey(primaryKey.Groups["keys"].Value, source, name);
                continue;
            }

            var column = ColumnPattern().Match(element);
            if (!column.Success)
            {
                throw new CqlSchemaException(
                    $"{source}: table '{name}': expected '<column> <type>' or PRIMARY KEY ((...), ...); got '{element}'.");
            }

            var columnName = column.Groups["name"].Value.ToLowerInvariant();
            var type = column.Groups["type"].Value.ToLowerInvariant();
            if (!SupportedTypes.Contains(type))
            {
                throw new CqlSchemaException(
                    $"{source}: table '{name}' column '{columnName}' has type '{type}'; expected one of {string.Join(", ", SupportedTypes)}.");
            }

            if (columns.Any(c => c.Name == columnName))
            {
                throw new CqlSchemaException($"{source}: table '{name}' declares column '{columnName}' twice.");
            }

            columns.Add(new CqlColumn(columnName, type));
        }

        if (partitionKey is null || clusteringColumns is null)
        {
            throw new CqlSchemaException($"{source}: table '{name}' has no PRIMARY KEY ((<partition key>), <clustering keys>) clause.");
        }

        foreach (var key in partitionKey.Concat(clusteringColumns).Where(k => columns.All(c => c.Name != k)))
        {
            throw new CqlSchemaException($"{source}: table '{name}' uses key column '{key}' that is not declared.");
        }

        var (descending, ttl) = ReadOptions(tail, clusteringColumns, source, name);
        var clustering = clusteringColumns.Select(c => new CqlClusteringKey(c, descending.Contains(c))).ToArray();
        return (keyspace, new CqlTable(name, columns, partitionKey, clustering, ttl, source));
    }

    private static (List<string> Partition, List<string> Clustering) ReadPrimaryKey(string keys, string source, string table)
    {
        var parts = CqlText.SplitTopLevel(keys, ',');
        var first = parts[0];
        var partition = first.StartsWith('(') && first.EndsWith(')')
            ? CqlText.SplitTopLevel(first[1..^1], ',').Select(Identifier).ToList()
            : [Identifier(first)];
        var clustering = parts.Skip(1).Select(Identifier).ToList();
        if (partition.Count == 0 || partition.Concat(clustering).Any(k => !IdentifierPattern().IsMatch(k)))
        {
            throw new CqlSchemaException($"{source}: table '{table}' has a malformed PRIMARY KEY ({keys}).");
        }

        return (partition, clustering);
    }

    private static (HashSet<string> Descending, int? Ttl) ReadOptions(string tail, List<string> clustering, string source, string table)
    {
        var descending = new HashSet<string>(StringComparer.Ordinal);
        int? ttl = null;
        if (tail.Length == 0)
        {
            return (descending, ttl);
        }

        var with = WithPattern().Match(tail);
        if (!with.Success)
        {
            throw new CqlSchemaException($"{source}: table '{table}': expected WITH ... after the column list; got '{tail}'.");
        }

        foreach (var option in AndPattern().Split(with.Groups["options"].Value))
        {
            var order = ClusteringOrderPattern().Match(option);
            var ttlMatch = TtlPattern().Match(option);
            if (order.Success)
            {
                var ordered = CqlText.SplitTopLevel(order.Groups["order"].Value, ',')
                    .Select(o => o.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
                if (ordered.Length != clustering.Count || ordered.Any(o => o.Length != 2))
                {
                    throw new CqlSchemaException(
                        $"{source}: table '{table}': CLUSTERING ORDER BY must list every clustering column ({string.Join(", ", clustering)}) with ASC or DESC.");
                }

                for (var i = 0; i < ordered.Length; i++)
                {
                    var column = ordered[i][0].ToLowerInvariant();
                    var direction = ordered[i][1].ToUpperInvariant();
                    if (column != clustering[i] || direction is not ("ASC" or "DESC"))
                    {
                        throw new CqlSchemaException(
                            $"{source}: table '{table}': CLUSTERING ORDER BY expected '{clustering[i]} ASC|DESC' at position {i + 1}; got '{string.Join(' ', ordered[i])}'.");
                    }

                    if (direction == "DESC")
                    {
                        descending.Add(column);
                    }
                }
            }
            else if (ttlMatch.Success)
            {
                ttl = int.Parse(ttlMatch.Groups["seconds"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
            }
            else
            {
                throw new CqlSchemaException(
                    $"{source}: table '{table}': unsupported option '{option.Trim()}'; expected CLUSTERING ORDER BY (...) or default_time_to_live = <seconds>.");
            }
        }

        return (descending, ttl);
    }

    private static string Identifier(string text) => text.Trim().ToLowerInvariant();

    [GeneratedRegex(@"^[a-z][a-z0-9_]{0,47}$")]
    private static partial Regex IdentifierPattern();

    [GeneratedRegex(@"^CREATE KEYSPACE (IF NOT EXISTS )?(?<ks>[A-Za-z][A-Za-z0-9_]{0,47}) WITH replication ?= ?\{(?<replication>[^}]*)\}$", RegexOptions.IgnoreCase)]
    private static partial Regex KeyspacePattern();

    [GeneratedRegex(@"^\s*'class'\s*:\s*'SingleRegionStrategy'\s*$")]
    private static partial Regex SingleRegionPattern();

    [GeneratedRegex(@"^CREATE TABLE (IF NOT EXISTS )?(?<ks>[A-Za-z][A-Za-z0-9_]{0,47})\.(?<table>[A-Za-z][A-Za-z0-9_]{0,47}) ?\(", RegexOptions.IgnoreCase)]
    private static partial Regex TableHeaderPattern();

    [GeneratedRegex(@"^PRIMARY KEY ?\((?<keys>.*)\)$", RegexOptions.IgnoreCase)]
    private static partial Regex PrimaryKeyPattern();

    [GeneratedRegex(@"^(?<name>[A-Za-z][A-Za-z0-9_]{0,47}) (?<type>[A-Za-z]+)$")]
    private static partial Regex ColumnPattern();

    [GeneratedRegex(@"^WITH (?<options>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex WithPattern();

    [GeneratedRegex(@"\s+AND\s+", RegexOptions.IgnoreCase)]
    private static partial Regex AndPattern();

    [GeneratedRegex(@"^\s*CLUSTERING ORDER BY ?\((?<order>[^)]*)\)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ClusteringOrderPattern();

    [GeneratedRegex(@"^\s*default_time_to_live ?= ?(?<seconds>\d{1,9})\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TtlPattern();
}
