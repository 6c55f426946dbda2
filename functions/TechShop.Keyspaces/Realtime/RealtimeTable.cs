using System.Globalization;
using TechShop.Core.Realtime;

namespace TechShop.Keyspaces.Realtime;

/// <summary>
/// One description of a realtime table (columns in DDL order, partition key, clustering columns) from which every
/// statement the store sends is derived; a test checks it against sql/keyspaces, so the DDL and the store cannot drift.
/// </summary>
public sealed record RealtimeTable(
    string Name,
    IReadOnlyList<RealtimeColumn> Columns,
    IReadOnlyList<string> PartitionKey,
    IReadOnlyList<string> Clustering)
{
    /// <summary>The restriction that reads every shard of a time bucket: <c>shard IN (0, 1, ..., 31)</c>.</summary>
    public static string EveryShard { get; } =
        "shard IN (" + string.Join(", ", Enumerable.Range(0, RealtimeShard.Count).Select(i => i.ToString(CultureInfo.InvariantCulture))) + ")";

    /// <summary>The upsert: <c>INSERT INTO ks.table (every column) VALUES (?, ...)</c>, values bound in column order.</summary>
    public string Insert(string keyspace) =>
        $"INSERT INTO {keyspace}.{Name} ({ColumnList}) VALUES ({string.Join(", ", Columns.Select(_ => "?"))})";

    /// <summary>
    /// A read of every column, restricted by <paramref name="restrictions"/> (joined with AND), which must restrict every
    /// partition key column: a Keyspaces read never scans (no ALLOW FILTERING).
    /// </summary>
    public string Select(string keyspace, params string[] restrictions)
    {
        var unrestricted = PartitionKey.Where(pk => !restrictions.Any(r => r.StartsWith(pk + " ", StringComparison.Ordinal))).ToList();
        if (unrestricted.Count > 0)
        {
            throw new InvalidOperationException(
                $"a read of {Name} must restrict its whole partition key; {string.Join(", ", unrestricted)} is not restricted");
        }

        return $"SELECT {ColumnList} FROM {keyspace}.{Name} WHERE {string.Join(" AND ", restrictions)}";
    }

    /// <summary>The full scan of the partition key columns that row counts page through (end-of-run summaries only).</summary>
    public string ScanKeys(string keyspace) => $"SELECT {string.Join(", ", PartitionKey)} FROM {keyspace}.{Name}";

    private string ColumnList => string.Join(", ", Columns.Select(c => c.Name));
}
