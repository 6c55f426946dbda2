namespace TechShop.Keyspaces.Session;

/// <summary>Groups bound writes into unlogged batches of one partition each, at most N statements per batch.</summary>
public static class PartitionBatcher
{
    /// <summary>Batches in first-seen partition order; statements without a routing key each get their own batch.</summary>
    public static IReadOnlyList<BatchStatement> GroupByPartition(IEnumerable<BoundStatement> statements, int maxStatementsPerBatch = 30)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxStatementsPerBatch, 1);
        var groups = new Dictionary<string, List<BoundStatement>>(StringComparer.Ordinal);
        var order = new List<List<BoundStatement>>();
        var unkeyed = 0;
        foreach (var statement in statements)
        {
            var first = statement.Prepared.Variables.Count > 0 ? statement.Prepared.Variables[0] : null;
            var key = statement.RoutingKey is { } routingKey
                ? $"{first?.Keyspace}.{first?.Table}:{Convert.ToHexString(routingKey)}"
                : $"unkeyed:{unkeyed++}";
            if (!groups.TryGetValue(key, out var group))
            {
                group = [];
                groups[key] = group;
                order.Add(group);
            }

            group.Add(statement);
        }

        var batches = new List<BatchStatement>();
        foreach (var group in order)
        {
            foreach (var chunk in group.Chunk(maxStatementsPerBatch))
            {
                var batch = new BatchStatement();
                foreach (var statement in chunk)
                {
                    batch.Add(statement);
                }

                batches.Add(batch);
            }
        }

        return batches;
    }
}
