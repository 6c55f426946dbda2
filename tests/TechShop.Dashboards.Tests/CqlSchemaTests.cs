using TechShop.Dashboards.Tests.Cql;

namespace TechShop.Dashboards.Tests;

public sealed class CqlSchemaTests
{
    [Fact]
    public void Load_WhenReadingSqlKeyspaces_ShouldFindTheSevenTablesWithTheirKeys()
    {
        var schema = CqlSchema.Load(RepositoryPaths.KeyspacesDdl);

        Assert.Equal(
            ["customers", "exchange_rates", "order_alerts", "order_events", "order_items_by_date", "order_revenue_by_date", "processing_lag"],
            schema.Tables.Select(t => t.Name).Order(StringComparer.Ordinal));
        Assert.True(schema.TryGet("techshop", "order_events", out var events));
        Assert.Equal(["event_hour", "shard"], events.PartitionKey);
        Assert.Equal(["event_time", "order_number", "status"], events.Clustering);
        Assert.Equal(15, events.Columns.Count);
        Assert.Equal("decimal", events.Columns["gross_usd"]);
        Assert.True(schema.TryGet("techshop", "processing_lag", out var lag));
        Assert.Equal(["lag_hour"], lag.PartitionKey);
    }

    [Fact]
    public void Parse_WhenPrimaryKeyHasNoInnerParentheses_ShouldTakeTheFirstColumnAsPartitionKey()
    {
        var schema = CqlSchema.Parse(["CREATE TABLE IF NOT EXISTS techshop.t (a int, b text, c date, PRIMARY KEY (a, b));"]);

        Assert.True(schema.TryGet("techshop", "t", out var table));
        Assert.Equal(["a"], table.PartitionKey);
        Assert.Equal(["b"], table.Clustering);
        Assert.Equal(3, table.Columns.Count);
    }

    [Fact]
    public void Parse_WhenAColumnHasATypeOutsideTheSubset_ShouldThrowNamingTheColumn()
    {
        var error = Assert.Throws<CqlSchemaException>(() =>
            CqlSchema.Parse(["CREATE TABLE IF NOT EXISTS techshop.t (a int, b counter, PRIMARY KEY ((a)));"]));

        Assert.Contains("'b counter'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WhenAKeyColumnIsNotDeclared_ShouldThrowNamingIt()
    {
        var error = Assert.Throws<CqlSchemaException>(() =>
            CqlSchema.Parse(["CREATE TABLE IF NOT EXISTS techshop.t (a int, PRIMARY KEY ((a, shard)));"]));

        Assert.Contains("'shard'", error.Message, StringComparison.Ordinal);
    }
}
