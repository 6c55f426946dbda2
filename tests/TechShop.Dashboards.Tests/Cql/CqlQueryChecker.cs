namespace TechShop.Dashboards.Tests.Cql;

/// <summary>
/// Checks that a panel query is one Keyspaces answers without ALLOW FILTERING or a secondary index: known table and
/// columns, every partition key column restricted by = or IN, clustering restrictions a prefix of the clustering
/// key with a range on the last one only, no restriction on a regular column.
/// </summary>
internal static class CqlQueryChecker
{
    public static IReadOnlyList<string> Check(string query, CqlSchema schema)
    {
        CqlSelect select;
        try
        {
            select = CqlSelectParser.Parse(query);
        }
        catch (CqlParseException e)
        {
            return [$"does not parse: {e.Message}"];
        }

        return Check(select, schema);
    }

    public static IReadOnlyList<string> Check(CqlSelect select, CqlSchema schema)
    {
        var name = $"{select.Keyspace}.{select.Table}";
        if (!schema.TryGet(select.Keyspace, select.Table, out var table))
        {
            return [$"unknown table {name} (not created by sql/keyspaces/*.cql)"];
        }

        var problems = new List<string>();
        problems.AddRange(select.Columns
            .Where(c => c != "*" && !table.Columns.ContainsKey(c))
            .Select(c => $"unknown column '{c}' in the SELECT list of {name}"));
        problems.AddRange(select.Where
            .Where(r => !table.Columns.ContainsKey(r.Column))
            .Select(r => $"unknown column '{r.Column}' in the WHERE clause of {name}"));
        // The plugin turns each value into a Grafana field and drops (or, in newer versions, rejects) what it cannot
        // map; gocql hands decimals and varints over as big numbers it does not map, so those are cast to double.
        problems.AddRange(select.Columns
            .Where(c => table.Columns.TryGetValue(c, out var type) && type is ("decimal" or "varint") && !select.Casts.ContainsKey(c))
            .Select(c => $"{table.Columns[c]} column '{c}' of {name} must be read as CAST({c} AS double): the Grafana plugin cannot map {table.Columns[c]}"));
        if (select.AllowFiltering)
        {
            problems.Add($"ALLOW FILTERING on {name}: a panel must read whole partitions by key");
        }

        foreach (var key in table.PartitionKey)
        {
            var on = select.Where.Where(r => r.Column == key).ToList();
            if (on.Count == 0)
            {
                problems.Add($"partition key column '{key}' of {name} is not restricted (needs = or IN)");
            }
            else if (on.Count > 1 || !on[0].IsEqualityOrIn)
            {
                problems.Add($"partition key column '{key}' of {name} must be restricted by one = or IN, found " +
                    string.Join(" and ", on.Select(r => r.Operator)));
            }
        }

        CheckClustering(select, table, name, problems);
        problems.AddRange(select.Where
            .Where(r => table.Columns.ContainsKey(r.Column) && !table.PartitionKey.Contains(r.Column) && !table.Clustering.Contains(r.Column))
            .Select(r => $"column '{r.Column}' of {name} is not a key column: restricting it needs ALLOW FILTERING or an index"));
        return problems;
    }

    private static void CheckClustering(CqlSelect select, CqlTable table, string name, List<string> problems)
    {
        var restricted = table.Clustering.Select(c => select.Where.Where(r => r.Column == c).ToList()).ToList();
        var last = restricted.FindLastIndex(r => r.Count > 0);
        for (var i = 0; i <= last; i++)
        {
            var column = table.Clustering[i];
            if (restricted[i].Count == 0)
            {
                problems.Add($"clustering column '{column}' of {name} is skipped while '{table.Clustering[last]}' is restricted");
            }
            else if (i < last && restricted[i].Any(r => !r.IsEqualityOrIn))
            {
                problems.Add($"clustering column '{column}' of {name} has a range while a later clustering column is restricted");
            }
        }
    }
}
