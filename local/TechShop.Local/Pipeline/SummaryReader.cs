using System.Globalization;
using System.Text.Json;
using TechShop.Core.Streaming;
using TechShop.Local.Lake;
using TechShop.Local.Realtime;
using TechShop.Local.Warehouse;

namespace TechShop.Local.Pipeline;

/// <summary>Reads the end-of-run figures from the stores themselves: warehouse layers, realtime tables, dead letters.</summary>
internal sealed class SummaryReader(string dataDirectory, FolderLake lake)
{
    private static readonly string[] Layers = ["BRONZE", "SILVER", "GOLD"];

    public static async Task<IReadOnlyList<LayerTable>> ReadLayersAsync(DuckDbWarehouse warehouse, SqliteRealtimeStore realtime, CancellationToken cancellationToken)
    {
        var tables = new List<LayerTable>();
        var listed = await warehouse.QueryAsync(
            "SELECT upper(table_schema), table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' " +
            "AND upper(table_schema) IN ('BRONZE', 'SILVER', 'GOLD') ORDER BY 1, 2", cancellationToken);
        foreach (var row in listed.Rows.OrderBy(r => Array.IndexOf(Layers, (string)r[0]!)).ThenBy(r => (string)r[1]!, StringComparer.Ordinal))
        {
            var schema = (string)row[0]!;
            var table = (string)row[1]!;
            var count = await warehouse.QueryAsync($"SELECT COUNT(*) FROM {schema}.\"{table}\"", cancellationToken);
            tables.Add(new LayerTable(schema.ToLowerInvariant(), table, Convert.ToInt64(count.Rows[0][0], CultureInfo.InvariantCulture)));
        }

        var counts = await realtime.GetCountsAsync(cancellationToken);
        tables.Add(new LayerTable("realtime", "order_events", counts.OrderEvents));
        tables.Add(new LayerTable("realtime", "order_revenue_by_date", counts.Orders));
        tables.Add(new LayerTable("realtime", "order_items_by_date", counts.OrderItems));
        tables.Add(new LayerTable("realtime", "order_alerts", counts.OrderAlerts));
        tables.Add(new LayerTable("realtime", "processing_lag", counts.ProcessingLag));
        tables.Add(new LayerTable("realtime", "customers", counts.Customers));
        tables.Add(new LayerTable("realtime", "exchange_rates", counts.ExchangeRates));
        return tables;
    }

    /// <summary>Dead-letter objects of <paramref name="topic"/> written since <paramref name="since"/>, per reason.</summary>
    public async Task<IReadOnlyDictionary<string, long>> ReadDeadLettersAsync(string topic, DateTime since, CancellationToken cancellationToken)
    {
        var byReason = new SortedDictionary<string, long>(StringComparer.Ordinal);
        await foreach (var info in lake.ListAsync($"dead-letter/{topic}/", cancellationToken))
        {
            if (File.GetLastWriteTimeUtc(lake.PathOf(info.Key)) < since)
            {
                continue;
            }

            var content = await File.ReadAllBytesAsync(lake.PathOf(info.Key), cancellationToken);
            var reason = ReadReason(content, info.Key);
            byReason[reason] = byReason.GetValueOrDefault(reason) + 1;
        }

        return byReason;
    }

    /// <summary>Archived records of <paramref name="topic"/>, from the archive keys' offset ranges written since <paramref name="since"/>.</summary>
    public async Task<long> CountArchivedAsync(string topic, DateTime since, CancellationToken cancellationToken)
    {
        long records = 0;
        await foreach (var info in lake.ListAsync($"raw/stream/{topic}/", cancellationToken))
        {
            if (File.GetLastWriteTimeUtc(lake.PathOf(info.Key)) < since)
            {
                continue;
            }

            // <topic>-<p>-<first>-<last>.avro: offsets are inclusive and contiguous within one archive object.
            var parts = Path.GetFileNameWithoutExtension(info.Key).Split('-');
            if (parts.Length >= 4 && long.TryParse(parts[^2], CultureInfo.InvariantCulture, out var first)
                && long.TryParse(parts[^1], CultureInfo.InvariantCulture, out var last))
            {
                records += last - first + 1;
            }
        }

        return records;
    }

    public string DataDirectory => dataDirectory;

    private static string ReadReason(byte[] content, string key)
    {
        using var document = JsonDocument.Parse(content);
        if (!document.RootElement.TryGetProperty("reason", out var reason) || reason.ValueKind != JsonValueKind.String)
        {
            throw new PipelineStageException("reconcile", $"dead-letter object '{key}' has no string 'reason'");
        }

        var text = reason.GetString()!;
        var compact = text.Replace("_", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        return Enum.TryParse<BadRecordKind>(compact, ignoreCase: true, out var kind) ? kind.ToString() : text;
    }
}
