using TechShop.Dashboards.Tests.Cql;

namespace TechShop.Dashboards.Tests;

public sealed class CqlSelectParserTests
{
    [Fact]
    public void Parse_WhenQueryUsesGrafanaMacrosAndInLists_ShouldReadTableColumnsAndRestrictions()
    {
        var select = CqlSelectParser.Parse(
            "SELECT status, event_time, gross_usd FROM techshop.order_events " +
            "WHERE event_hour IN ('${__from:date:YYYY-MM-DD HH:00:00ZZ}', '${__to:date:YYYY-MM-DD HH:00:00ZZ}') " +
            "AND shard IN (0, 1, 2) AND event_time >= $__timeFrom AND event_time <= $__timeTo");

        Assert.Equal("techshop", select.Keyspace);
        Assert.Equal("order_events", select.Table);
        Assert.Equal(["status", "event_time", "gross_usd"], select.Columns);
        Assert.Equal(4, select.Where.Count);
        Assert.Equal("shard", select.Where[1].Column);
        Assert.Equal("IN", select.Where[1].Operator);
        Assert.Equal(["0", "1", "2"], select.Where[1].Values);
        Assert.Equal(">=", select.Where[2].Operator);
        Assert.Equal(["$__timeTo"], select.Where[3].Values);
        Assert.False(select.AllowFiltering);
    }

    [Fact]
    public void Parse_WhenQueryEndsWithAllowFiltering_ShouldSayItDoes()
    {
        var select = CqlSelectParser.Parse("SELECT a FROM ks.t WHERE b = 'it''s' LIMIT 10 ALLOW FILTERING;");

        Assert.True(select.AllowFiltering);
        Assert.Equal(["'it''s'"], select.Where[0].Values);
    }

    [Fact]
    public void Parse_WhenSelectingAFunction_ShouldReportItsArgumentAsAColumnRead()
    {
        var select = CqlSelectParser.Parse("SELECT sum(gross_usd) AS revenue, count(*) FROM ks.t WHERE k = 1");

        Assert.Equal(["gross_usd"], select.Columns);
    }

    [Fact]
    public void Parse_WhenAColumnIsCast_ShouldReadTheColumnAndItsTargetType()
    {
        var select = CqlSelectParser.Parse("SELECT order_number, CAST(gross_usd AS double) AS gross_usd FROM ks.t WHERE k = 1");

        Assert.Equal(["order_number", "gross_usd"], select.Columns);
        Assert.Equal("double", select.Casts["gross_usd"]);
        Assert.Single(select.Casts);
    }

    [Theory]
    [InlineData("UPDATE ks.t SET a = 1", "Expected 'SELECT'")]
    [InlineData("SELECT a FROM t WHERE k = 1", "Expected '.'")]
    [InlineData("SELECT a FROM ks.t WHERE k LIKE 'x'", "Expected =, <, >, <=, >= or IN after 'k'")]
    [InlineData("SELECT a FROM ks.t WHERE k = 'open", "not closed")]
    [InlineData("SELECT a FROM ks.t WHERE k = 1 GROUP BY k", "Unexpected 'GROUP'")]
    public void Parse_WhenQueryIsOutsideTheSubset_ShouldThrowSayingWhatWasExpected(string query, string expected)
    {
        var error = Assert.Throws<CqlParseException>(() => CqlSelectParser.Parse(query));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
