using Microsoft.Data.Sqlite;
using TechShop.Core.Realtime;
using TechShop.Local.Realtime;

namespace TechShop.Local.Tests.Realtime;

public sealed class KeyspacesDdlTests : IDisposable
{
    private static readonly string[] CqlTypes = ["text", "int", "bigint", "boolean", "double", "decimal", "timestamp", "date", "uuid", "varint"];

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "techshop-ddl-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public void Statements_ShouldCreateTheKeyspaceFirstAndThenTheSevenTables()
    {
        var statements = KeyspacesTable.Statements().Select(s => s.Statement).ToList();

        Assert.Equal("CREATE KEYSPACE IF NOT EXISTS techshop WITH replication = {'class': 'SingleRegionStrategy'}", statements[0]);
        Assert.Equal(
            ["order_events", "order_revenue_by_date", "order_items_by_date", "order_alerts", "processing_lag", "customers", "exchange_rates"],
            KeyspacesTable.All().Select(t => t.Name));
    }

    [Fact]
    public void EveryTable_ShouldUseOnlySubsetTypesAndNameItsQueryWithThePartitionKeyInTheWhere()
    {
        foreach (var table in KeyspacesTable.All())
        {
            Assert.All(table.Columns, c => Assert.Contains(c.Type, CqlTypes));
            Assert.Contains("Query: SELECT", table.Comment, StringComparison.Ordinal);
            var where = table.Comment[table.Comment.IndexOf("WHERE", StringComparison.Ordinal)..];
            Assert.All(table.PartitionKey, pk => Assert.Contains(pk + " ", where, StringComparison.Ordinal));
            Assert.DoesNotContain("ALLOW FILTERING", table.Comment, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TimeBucketedTables_ShouldShardByThe32PartitionsOfRealtimeShard()
    {
        var sharded = KeyspacesTable.All().Where(t => t.PartitionKey.Contains("shard")).Select(t => t.Name);

        Assert.Equal(["order_events", "order_revenue_by_date", "order_items_by_date", "order_alerts"], sharded);
        Assert.Equal(32, RealtimeShard.Count);
        Assert.All(KeyspacesTable.All().Where(t => t.PartitionKey.Contains("shard")),
            t => Assert.Contains($"shard IN (0, 1, ..., {RealtimeShard.Count - 1})", t.Comment, StringComparison.Ordinal));
    }

    [Fact]
    public void ClusteringOrder_ShouldPutTimeDescendingFirstWhereTheTableIsClusteredByTime()
    {
        var order = KeyspacesTable.All().ToDictionary(t => t.Name, t => t.ClusteringOrder);

        Assert.Equal(["event_time DESC", "order_number ASC", "status ASC"], order["order_events"]);
        Assert.Equal(["event_time DESC", "order_number ASC", "status ASC"], order["order_alerts"]);
        Assert.Equal("first_record_time DESC", order["processing_lag"][0]);
        Assert.Equal(["rate_date DESC"], order["exchange_rates"]);
    }

    [Fact]
    public void LiveOnlyTables_ShouldExpireAndReconciledTablesShouldNot()
    {
        var ttl = KeyspacesTable.All().ToDictionary(t => t.Name, t => t.TimeToLiveSeconds);

        Assert.Equal(259200, ttl["order_events"]);
        Assert.Equal(259200, ttl["processing_lag"]);
        Assert.Equal(2592000, ttl["order_alerts"]);
        Assert.Equal(7776000, ttl["order_items_by_date"]);
        Assert.Null(ttl["order_revenue_by_date"]);
        Assert.Null(ttl["customers"]);
        Assert.Null(ttl["exchange_rates"]);
    }

    [Fact]
    public async Task SqliteStore_ShouldHoldTheSameTablesColumnsAndPrimaryKeysAsTheCql()
    {
        using var store = await SqliteRealtimeStore.OpenAsync(_directory);
        await using var connection = new SqliteConnection($"Data Source={store.DatabasePath};Pooling=False");
        await connection.OpenAsync();

        foreach (var table in KeyspacesTable.All())
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT name, pk FROM pragma_table_info('{table.Name}') ORDER BY cid";
            var columns = new List<(string Name, long Pk)>();
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    columns.Add((reader.GetString(0), reader.GetInt64(1)));
                }
            }

            Assert.Equal(table.Columns.Select(c => c.Name), columns.Select(c => c.Name));
            Assert.Equal(table.PartitionKey.Concat(table.Clustering), columns.Where(c => c.Pk > 0).OrderBy(c => c.Pk).Select(c => c.Name));
        }
    }
}
