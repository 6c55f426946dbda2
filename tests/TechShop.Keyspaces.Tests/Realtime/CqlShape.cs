using System.Globalization;
using System.Text.RegularExpressions;
using TechShop.Local.Tests.Realtime;

namespace TechShop.Keyspaces.Tests.Realtime;

/// <summary>A restriction of a SELECT: a primary key column compared with a bind marker, or IN a literal list.</summary>
internal sealed record Restriction(int Column, string Operator, int Marker, IReadOnlyList<byte[]> Literals);

/// <summary>
/// A statement the in-memory server understands, parsed from its CQL text against the DDL of sql/keyspaces (not the
/// store's own description): INSERT of named columns, SELECT of named columns with primary-key restrictions.
/// Anything Cassandra would refuse without ALLOW FILTERING is refused with an Invalid error.
/// </summary>
internal sealed partial record CqlShape(
    string Text, KeyspacesTable Table, bool IsInsert, IReadOnlyList<int> Columns, IReadOnlyList<Restriction> Restrictions,
    IReadOnlyList<int> Markers)
{
    public static CqlShape Parse(string text, IReadOnlyDictionary<string, KeyspacesTable> tables)
    {
        if (InsertPattern().Match(text) is { Success: true } insert)
        {
            var table = TableOf(insert.Groups["table"].Value, tables);
            var columns = Split(insert.Groups["columns"].Value).Select(c => ColumnOf(table, c)).ToList();
            if (Split(insert.Groups["values"].Value).Count != columns.Count || Split(insert.Groups["values"].Value).Any(v => v != "?"))
            {
                throw new CqlShapeException(0x2000, "VALUES must be one ? per column");
            }

            foreach (var key in table.PartitionKey.Concat(table.Clustering))
            {
                if (!columns.Contains(ColumnOf(table, key)))
                {
                    throw new CqlShapeException(0x2200, $"Some primary key parts are missing: {key}");
                }
            }

            return new CqlShape(text, table, true, columns, [], columns);
        }

        if (SelectPattern().Match(text) is { Success: true } select)
        {
            var table = TableOf(select.Groups["table"].Value, tables);
            var columns = Split(select.Groups["columns"].Value).Select(c => ColumnOf(table, c)).ToList();
            var restrictions = new List<Restriction>();
            var markers = new List<int>();
            var where = select.Groups["where"].Success ? select.Groups["where"].Value.Split(" AND ") : [];
            foreach (var term in where)
            {
                restrictions.Add(RestrictionOf(table, term, markers));
            }

            Validate(table, restrictions);
            return new CqlShape(text, table, false, columns, restrictions, markers);
        }

        throw new CqlShapeException(0x2000, $"line 1:0 no viable alternative at input '{text.Split(' ')[0]}'");
    }

    private static Restriction RestrictionOf(KeyspacesTable table, string term, List<int> markers)
    {
        if (InPattern().Match(term) is { Success: true } inList)
        {
            var column = ColumnOf(table, inList.Groups["column"].Value);
            var type = table.Columns[column].Type;
            var literals = Split(inList.Groups["values"].Value).Select(v => type switch
            {
                "int" => BigEndian(int.Parse(v, CultureInfo.InvariantCulture), 4),
                "bigint" => BigEndian(long.Parse(v, CultureInfo.InvariantCulture), 8),
                _ => throw new CqlShapeException(0x2200, $"IN literals of type {type} are not supported here"),
            }).ToList();
            return new Restriction(column, "IN", -1, literals);
        }

        if (ComparePattern().Match(term) is { Success: true } compare)
        {
            var column = ColumnOf(table, compare.Groups["column"].Value);
            markers.Add(column);
            return new Restriction(column, compare.Groups["op"].Value, markers.Count - 1, []);
        }

        throw new CqlShapeException(0x2000, $"cannot parse the relation '{term}'");
    }

    /// <summary>Cassandra's rule without ALLOW FILTERING: the whole partition key by = or IN; ranges only on the first clustering column.</summary>
    private static void Validate(KeyspacesTable table, List<Restriction> restrictions)
    {
        if (restrictions.Count == 0)
        {
            return;
        }

        foreach (var key in table.PartitionKey)
        {
            var index = ColumnOf(table, key);
            if (!restrictions.Any(r => r.Column == index && r.Operator is "=" or "IN"))
            {
                throw new CqlShapeException(0x2200,
                    "Cannot execute this query as it might involve data filtering and thus may have unpredictable performance. " +
                    $"If you want to execute this query despite the performance unpredictability, use ALLOW FILTERING ({key} is not restricted)");
            }
        }

        foreach (var restriction in restrictions)
        {
            var name = table.Columns[restriction.Column].Name;
            var clustering = table.Clustering.ToList().IndexOf(name);
            if (!table.PartitionKey.Contains(name) && clustering < 0)
            {
                throw new CqlShapeException(0x2200, $"{name} is not a primary key column; use ALLOW FILTERING");
            }

            if (restriction.Operator is not ("=" or "IN") && clustering != 0)
            {
                throw new CqlShapeException(0x2200, $"a range on {name} needs the clustering columns before it restricted");
            }
        }
    }

    private static KeyspacesTable TableOf(string name, IReadOnlyDictionary<string, KeyspacesTable> tables) =>
        tables.TryGetValue(name, out var table) ? table : throw new CqlShapeException(0x2200, $"unconfigured table {name}");

    private static int ColumnOf(KeyspacesTable table, string name)
    {
        for (var i = 0; i < table.Columns.Count; i++)
        {
            if (table.Columns[i].Name == name)
            {
                return i;
            }
        }

        throw new CqlShapeException(0x2200, $"Undefined column name {name} in table techshop.{table.Name}");
    }

    private static byte[] BigEndian(long value, int size)
    {
        var bytes = new byte[size];
        for (var i = size - 1; i >= 0; i--, value >>= 8)
        {
            bytes[i] = (byte)value;
        }

        return bytes;
    }

    private static List<string> Split(string list) => list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();

    [GeneratedRegex(@"^INSERT INTO techshop\.(?<table>\w+) \((?<columns>[^)]*)\) VALUES \((?<values>[^)]*)\)$")]
    private static partial Regex InsertPattern();

    [GeneratedRegex(@"^SELECT (?<columns>[\w, ]+) FROM techshop\.(?<table>\w+)(?: WHERE (?<where>.+))?$")]
    private static partial Regex SelectPattern();

    [GeneratedRegex(@"^(?<column>\w+) IN \((?<values>[^)]*)\)$")]
    private static partial Regex InPattern();

    [GeneratedRegex(@"^(?<column>\w+) (?<op>=|>=|<=|<|>) \?$")]
    private static partial Regex ComparePattern();
}
