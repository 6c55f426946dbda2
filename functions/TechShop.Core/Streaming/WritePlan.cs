namespace TechShop.Core.Streaming;

/// <summary>
/// Groups rows by table partition (one store call per partition, at most a chunk of rows each) and removes
/// duplicate primary keys within a call, merging them in record order, so that a call never holds two
/// conflicting writes of one row (on Keyspaces those would share a write timestamp and resolve by value).
/// </summary>
internal static class WritePlan
{
    public static void Add<TRow, TPartition, TPrimary>(
        List<WriteUnit> units,
        IEnumerable<(TRow Row, int Source)> rows,
        Func<TRow, TPartition> partitionOf,
        Func<TRow, TPrimary> primaryKeyOf,
        Func<TRow, TRow, TRow> merge,
        Func<IReadOnlyList<TRow>, CancellationToken, Task> write,
        int maxRowsPerWrite)
        where TPartition : notnull
        where TPrimary : notnull
    {
        var partitions = new Dictionary<TPartition, Dictionary<TPrimary, (TRow Row, List<int> Sources)>>();
        foreach (var (row, source) in rows)
        {
            var partition = partitionOf(row);
            if (!partitions.TryGetValue(partition, out var byKey))
            {
                byKey = [];
                partitions.Add(partition, byKey);
            }

            var key = primaryKeyOf(row);
            if (byKey.TryGetValue(key, out var held))
            {
                held.Sources.Add(source);
                byKey[key] = (merge(held.Row, row), held.Sources);
            }
            else
            {
                byKey.Add(key, (row, [source]));
            }
        }

        foreach (var byKey in partitions.Values)
        {
            foreach (var chunk in byKey.Values.Chunk(maxRowsPerWrite))
            {
                var chunkRows = chunk.Select(c => c.Row).ToArray();
                var sources = chunk.SelectMany(c => c.Sources).Distinct().ToArray();
                units.Add(new WriteUnit(ct => write(chunkRows, ct), sources));
            }
        }
    }

    /// <summary>The merge for rows whose later write simply replaces the earlier one.</summary>
    public static TRow KeepLast<TRow>(TRow held, TRow incoming) => incoming;
}
