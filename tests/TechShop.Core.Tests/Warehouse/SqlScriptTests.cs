using TechShop.Core.Warehouse;

namespace TechShop.Core.Tests.Warehouse;

public sealed class SqlScriptTests
{
    [Fact]
    public void Split_WhenSemicolonsAreInsideStringsAndComments_ShouldSplitOnlyBetweenStatements()
    {
        var sql = "-- a; comment\nSELECT 'a;b', 'it''s;' AS \"x;y\";\n/* c; d */ INSERT INTO t VALUES (1);\n-- trailing only\n";

        var statements = SqlScript.Split(sql);

        Assert.Equal(["SELECT 'a;b', 'it''s;' AS \"x;y\"", "INSERT INTO t VALUES (1)"], statements);
    }

    [Fact]
    public void Bind_WhenEveryParameterHasAValue_ShouldReplaceEachOccurrence()
    {
        var bound = SqlScript.Bind("WHERE a > {{from}} AND a <= {{ to }} OR b > {{from}}", new Dictionary<string, string> { ["from"] = "1", ["to"] = "2" }, "m");

        Assert.Equal("WHERE a > 1 AND a <= 2 OR b > 1", bound);
    }

    [Fact]
    public void Bind_WhenAParameterHasNoValue_ShouldThrowNamingItAndTheModel()
    {
        var error = Assert.Throws<SqlModelException>(() => SqlScript.Bind("SELECT {{run_id}}", new Dictionary<string, string>(), "silver/orders.sql"));

        Assert.Equal("Warehouse model 'silver/orders.sql': parameter 'run_id' has no value; the caller gave: .", error.Message);
    }

    [Fact]
    public void Timestamp_ShouldWriteMicrosecondsInAFormatBothEnginesCast()
    {
        Assert.Equal("CAST('2026-11-23 04:50:01.123456' AS TIMESTAMP)", SqlLiteral.Timestamp(new DateTime(2026, 11, 23, 4, 50, 1).AddTicks(1_234_560)));
        Assert.Equal("'O''Brien'", SqlLiteral.String("O'Brien"));
    }
}
