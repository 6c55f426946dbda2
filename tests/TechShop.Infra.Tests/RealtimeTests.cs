using System.Text.Json;

namespace TechShop.Infra.Tests;

[Collection(PlatformCollection.Name)]
public sealed class RealtimeTests
{
    private readonly DevPlatform _dev;
    private readonly ProdPlatform _prod;

    public RealtimeTests(DevPlatform dev, ProdPlatform prod) => (_dev, _prod) = (dev, prod);

    private static Dictionary<string, JsonElement> Tables(SynthesizedPlatform platform) =>
        platform.Resources("AWS::Cassandra::Table").Values.Select(t => t.GetProperty("Properties"))
            .ToDictionary(t => t.GetProperty("TableName").GetString()!);

    private static (string, string)[] Columns(JsonElement columns) =>
        columns.EnumerateArray().Select(c => (c.GetProperty("ColumnName").GetString()!, c.GetProperty("ColumnType").GetString()!)).ToArray();

    [Fact]
    public void Keyspace_ShouldBeTheParsedSingleRegionKeyspace()
    {
        var keyspace = Assert.Single(_dev.Resources("AWS::Cassandra::Keyspace")).Value.GetProperty("Properties");

        Assert.Equal("techshop", keyspace.GetProperty("KeyspaceName").GetString());
        Assert.Equal("SINGLE_REGION", keyspace.GetProperty("ReplicationSpecification").GetProperty("ReplicationStrategy").GetString());
    }

    [Fact]
    public void Tables_ShouldEqualTheParsedDdlColumnForColumn()
    {
        var tables = Tables(_dev);

        Assert.Equal(_dev.Schema.Tables.Select(t => t.Name).Order(), tables.Keys.Order());
        foreach (var expected in _dev.Schema.Tables)
        {
            var actual = tables[expected.Name];
            Assert.Equal("techshop", actual.GetProperty("KeyspaceName").GetString());
            Assert.Equal(expected.PartitionKey.Select(k => (k, expected.TypeOf(k))), Columns(actual.GetProperty("PartitionKeyColumns")));
            Assert.Equal(
                expected.ClusteringKey.Select(k => (k.Name, expected.TypeOf(k.Name), k.Descending ? "DESC" : "ASC")),
                actual.GetProperty("ClusteringKeyColumns").EnumerateArray().Select(c => (
                    c.GetProperty("Column").GetProperty("ColumnName").GetString()!,
                    c.GetProperty("Column").GetProperty("ColumnType").GetString()!,
                    c.GetProperty("OrderBy").GetString()!)));
            Assert.Equal(expected.RegularColumns.Select(c => (c.Name, c.Type)), Columns(actual.GetProperty("RegularColumns")));
        }
    }

    [Fact]
    public void Tables_ShouldMatchTheFixtureLiterally()
    {
        var orders = Tables(_dev)["orders_by_date"];

        Assert.Equal([("order_date", "date"), ("store_key", "int")], Columns(orders.GetProperty("PartitionKeyColumns")));
        Assert.Equal([("order_id", "uuid"), ("gross_revenue_usd", "decimal"), ("at_risk", "boolean")], Columns(orders.GetProperty("RegularColumns")));
        Assert.Equal("DESC", orders.GetProperty("ClusteringKeyColumns")[0].GetProperty("OrderBy").GetString());
    }

    [Fact]
    public void Ttl_ShouldBeEnabledExactlyWhereTheDdlSetsADefault()
    {
        var tables = Tables(_dev);

        Assert.Equal(604800, tables["processing_lag"].GetProperty("DefaultTimeToLive").GetInt32());
        Assert.False(tables["orders_by_date"].TryGetProperty("DefaultTimeToLive", out _));
    }

    [Fact]
    public void PointInTimeRecovery_ShouldBeOnInProdOnly()
    {
        Assert.All(Tables(_prod).Values, t => Assert.True(t.GetProperty("PointInTimeRecoveryEnabled").GetBoolean()));
        Assert.All(Tables(_dev).Values, t => Assert.False(t.GetProperty("PointInTimeRecoveryEnabled").GetBoolean()));
    }

    [Fact]
    public void Tables_ShouldBeOnDemandAndCreatedAfterTheKeyspace()
    {
        var keyspace = Assert.Single(_dev.Resources("AWS::Cassandra::Keyspace")).Key;

        Assert.All(_dev.Resources("AWS::Cassandra::Table").Values, t =>
        {
            Assert.Equal("ON_DEMAND", t.GetProperty("Properties").GetProperty("BillingMode").GetProperty("Mode").GetString());
            Assert.Contains(keyspace, t.GetProperty("DependsOn").EnumerateArray().Select(d => d.GetString()));
        });
    }
}
