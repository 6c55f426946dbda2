using TechShop.Dashboards.Tests.Cql;

namespace TechShop.Dashboards.Tests;

public sealed class CqlQueryCheckerTests
{
    private const string Shards = "shard IN (0, 1, 2, 3)";
    private static readonly CqlSchema Schema = CqlSchema.Load(RepositoryPaths.KeyspacesDdl);

    [Fact]
    public void Check_WhenQueryRestrictsTheWholePartitionKeyAndAClusteringRange_ShouldReportNothing()
    {
        var problems = CqlQueryChecker.Check(
            $"SELECT event_time, status FROM techshop.order_events WHERE event_hour = '2026-11-23 05:00:00+0000' AND {Shards} " +
            "AND event_time >= $__timeFrom AND event_time <= $__timeTo",
            Schema);

        Assert.Empty(problems);
    }

    [Fact]
    public void Check_WhenAColumnIsUnknown_ShouldReportItsNameAndTable()
    {
        var problems = CqlQueryChecker.Check(
            $"SELECT event_time, country FROM techshop.order_events WHERE event_hour = '2026-11-23 05:00:00+0000' AND {Shards}",
            Schema);

        Assert.Equal(["unknown column 'country' in the SELECT list of techshop.order_events"], problems);
    }

    [Fact]
    public void Check_WhenAPartitionKeyColumnIsMissing_ShouldReportThatColumn()
    {
        var problems = CqlQueryChecker.Check(
            "SELECT product_key, quantity FROM techshop.order_items_by_date WHERE order_date = '2026-11-23'",
            Schema);

        Assert.Equal(["partition key column 'shard' of techshop.order_items_by_date is not restricted (needs = or IN)"], problems);
    }

    [Fact]
    public void Check_WhenAPartitionKeyColumnHasARange_ShouldReportTheOperator()
    {
        var problems = CqlQueryChecker.Check(
            "SELECT records FROM techshop.processing_lag WHERE lag_hour >= $__timeFrom",
            Schema);

        Assert.Equal(["partition key column 'lag_hour' of techshop.processing_lag must be restricted by one = or IN, found >="], problems);
    }

    [Fact]
    public void Check_WhenQueryFiltersARegularColumnWithAllowFiltering_ShouldReportBoth()
    {
        var problems = CqlQueryChecker.Check(
            $"SELECT order_number FROM techshop.order_alerts WHERE alert_date = '2026-11-23' AND {Shards} AND store_key = 7 ALLOW FILTERING",
            Schema);

        Assert.Equal(
            [
                "ALLOW FILTERING on techshop.order_alerts: a panel must read whole partitions by key",
                "column 'store_key' of techshop.order_alerts is not a key column: restricting it needs ALLOW FILTERING or an index",
            ],
            problems);
    }

    [Fact]
    public void Check_WhenAClusteringColumnIsSkipped_ShouldReportTheSkippedColumn()
    {
        var problems = CqlQueryChecker.Check(
            $"SELECT quantity FROM techshop.order_items_by_date WHERE order_date = '2026-11-23' AND {Shards} AND order_number = 5",
            Schema);

        Assert.Equal(["clustering column 'product_key' of techshop.order_items_by_date is skipped while 'order_number' is restricted"], problems);
    }

    [Fact]
    public void Check_WhenARangeIsFollowedByAnotherClusteringRestriction_ShouldReportTheRange()
    {
        var problems = CqlQueryChecker.Check(
            $"SELECT status FROM techshop.order_events WHERE event_hour = '2026-11-23 05:00:00+0000' AND {Shards} " +
            "AND event_time >= $__timeFrom AND order_number = 12",
            Schema);

        Assert.Equal(["clustering column 'event_time' of techshop.order_events has a range while a later clustering column is restricted"], problems);
    }

    [Fact]
    public void Check_WhenADecimalColumnIsReadWithoutACast_ShouldReportIt()
    {
        var problems = CqlQueryChecker.Check(
            $"SELECT product_key, amount_usd, CAST(unit_price_local AS double) AS p FROM techshop.order_items_by_date WHERE order_date = '2026-11-23' AND {Shards}",
            Schema);

        Assert.Equal(
            ["decimal column 'amount_usd' of techshop.order_items_by_date must be read as CAST(amount_usd AS double): the Grafana plugin cannot map decimal"],
            problems);
    }

    [Fact]
    public void Check_WhenTheTableIsUnknown_ShouldReportItAlone()
    {
        var problems = CqlQueryChecker.Check("SELECT a FROM techshop.orders WHERE order_number = 1", Schema);

        Assert.Equal(["unknown table techshop.orders (not created by sql/keyspaces/*.cql)"], problems);
    }

    [Fact]
    public void Check_WhenTheQueryDoesNotParse_ShouldReportTheParseError()
    {
        var problems = CqlQueryChecker.Check("SELECT a FROM techshop.order_events WHERE", Schema);

        Assert.Equal(["does not parse: Expected a column in WHERE, found 'end of query'."], problems);
    }
}
