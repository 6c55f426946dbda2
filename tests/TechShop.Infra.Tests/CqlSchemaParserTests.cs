using TechShop.Infra.Keyspaces;

namespace TechShop.Infra.Tests;

public sealed class CqlSchemaParserTests
{
    private const string Keyspace = "CREATE KEYSPACE IF NOT EXISTS techshop WITH replication = {'class': 'SingleRegionStrategy'};";

    private static CqlSchema ParseTable(string table) => CqlSchemaParser.Parse([("k.cql", Keyspace), ("t.cql", table)]);

    private static string ErrorOf(string table) => Assert.Throws<CqlSchemaException>(() => ParseTable(table)).Message;

    [Fact]
    public void ParseDirectory_WhenGivenTheFixture_ShouldReadEveryTableColumnKeyAndTtl()
    {
        var schema = CqlSchemaParser.ParseDirectory(SynthesizedPlatform.FixtureDdlDirectory, "techshop:keyspacesDdlDir");

        Assert.Equal("techshop", schema.Keyspace);
        Assert.Equal(["orders_by_date", "processing_lag"], schema.Tables.Select(t => t.Name));
        var orders = schema.Tables[0];
        Assert.Equal(
            [("order_date", "date"), ("store_key", "int"), ("order_number", "bigint"), ("order_id", "uuid"), ("gross_revenue_usd", "decimal"), ("at_risk", "boolean")],
            orders.Columns.Select(c => (c.Name, c.Type)));
        Assert.Equal(["order_date", "store_key"], orders.PartitionKey);
        Assert.Equal([new CqlClusteringKey("order_number", true)], orders.ClusteringKey);
        Assert.Equal(["order_id", "gross_revenue_usd", "at_risk"], orders.RegularColumns.Select(c => c.Name));
        Assert.Null(orders.DefaultTimeToLive);
        Assert.Equal("10-revenue.cql", orders.SourceFile);

        var lag = schema.Tables[1];
        Assert.Equal(["topic"], lag.PartitionKey);
        Assert.Equal([new CqlClusteringKey("minute", true), new CqlClusteringKey("partition_id", false)], lag.ClusteringKey);
        Assert.Equal(604800, lag.DefaultTimeToLive);
        Assert.Equal(["max_lag_ms", "mean_lag_ms", "records"], lag.RegularColumns.Select(c => c.Name));
    }

    [Fact]
    public void Parse_WhenThePartitionKeyHasNoParentheses_ShouldTakeTheFirstKeyAsPartitionKey()
    {
        var table = ParseTable("CREATE TABLE techshop.alerts (day date, at timestamp, kind text, PRIMARY KEY (day, at));").Tables.Single();

        Assert.Equal(["day"], table.PartitionKey);
        Assert.Equal([new CqlClusteringKey("at", false)], table.ClusteringKey);
        Assert.Equal(["kind"], table.RegularColumns.Select(c => c.Name));
    }

    [Fact]
    public void ParseDirectory_WhenTheFolderIsEmpty_ShouldNameTheFolderAndTheContextKey()
    {
        var empty = Directory.CreateTempSubdirectory("techshop-ddl-").FullName;

        var error = Assert.Throws<CqlSchemaException>(() => CqlSchemaParser.ParseDirectory(empty, "techshop:keyspacesDdlDir"));

        Assert.Contains($"'{empty}' has no *.cql file", error.Message, StringComparison.Ordinal);
        Assert.Contains("techshop:keyspacesDdlDir", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseDirectory_WhenTheFolderIsMissing_ShouldSayItDoesNotExist()
    {
        var error = Assert.Throws<CqlSchemaException>(() => CqlSchemaParser.ParseDirectory("/nonexistent/keyspaces", "techshop:keyspacesDdlDir"));

        Assert.Contains("'/nonexistent/keyspaces' does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WhenATypeIsOutsideTheSubset_ShouldNameTheColumnAndType() =>
        Assert.Contains("column 'tags' has type 'list'",
            ErrorOf("CREATE TABLE techshop.t (id int, tags list, PRIMARY KEY ((id)));"), StringComparison.Ordinal);

    [Fact]
    public void Parse_WhenAKeyColumnIsNotDeclared_ShouldNameIt() =>
        Assert.Contains("key column 'day' that is not declared",
            ErrorOf("CREATE TABLE techshop.t (id int, PRIMARY KEY ((id), day));"), StringComparison.Ordinal);

    [Fact]
    public void Parse_WhenThePrimaryKeyIsMissing_ShouldSaySo() =>
        Assert.Contains("table 't' has no PRIMARY KEY", ErrorOf("CREATE TABLE techshop.t (id int);"), StringComparison.Ordinal);

    [Fact]
    public void Parse_WhenClusteringOrderSkipsAClusteringColumn_ShouldListTheClusteringColumns() =>
        Assert.Contains("must list every clustering column (a, b)",
            ErrorOf("CREATE TABLE techshop.t (id int, a int, b int, PRIMARY KEY ((id), a, b)) WITH CLUSTERING ORDER BY (a DESC);"),
            StringComparison.Ordinal);

    [Fact]
    public void Parse_WhenClusteringOrderIsOutOfKeyOrder_ShouldNameTheExpectedColumn() =>
        Assert.Contains("expected 'a ASC|DESC' at position 1; got 'b DESC'",
            ErrorOf("CREATE TABLE techshop.t (id int, a int, b int, PRIMARY KEY ((id), a, b)) WITH CLUSTERING ORDER BY (b DESC, a ASC);"),
            StringComparison.Ordinal);

    [Fact]
    public void Parse_WhenAnOptionIsOutsideTheSubset_ShouldNameTheOption() =>
        Assert.Contains("unsupported option 'compaction = {'class': 'x'}'",
            ErrorOf("CREATE TABLE techshop.t (id int, PRIMARY KEY ((id))) WITH compaction = {'class': 'x'};"), StringComparison.Ordinal);

    [Fact]
    public void Parse_WhenATableIsInAnotherKeyspace_ShouldNameBothKeyspaces() =>
        Assert.Contains("table 'other.t' is outside keyspace 'techshop'",
            ErrorOf("CREATE TABLE other.t (id int, PRIMARY KEY ((id)));"), StringComparison.Ordinal);

    [Fact]
    public void Parse_WhenAStatementIsNeitherKeyspaceNorTable_ShouldQuoteIt() =>
        Assert.Contains("got: CREATE INDEX i ON techshop.t (a)", ErrorOf("CREATE INDEX i ON techshop.t (a);"), StringComparison.Ordinal);

    [Fact]
    public void Parse_WhenAColumnIsDeclaredTwice_ShouldNameIt() =>
        Assert.Contains("declares column 'id' twice",
            ErrorOf("CREATE TABLE techshop.t (id int, id bigint, PRIMARY KEY ((id)));"), StringComparison.Ordinal);

    [Fact]
    public void Parse_WhenATableIsCreatedTwice_ShouldNameBothFiles()
    {
        const string table = "CREATE TABLE techshop.t (id int, PRIMARY KEY ((id)));";

        var error = Assert.Throws<CqlSchemaException>(() => CqlSchemaParser.Parse([("k.cql", Keyspace), ("a.cql", table), ("b.cql", table)]));

        Assert.Equal("Table 't' is created more than once (a.cql, b.cql).", error.Message);
    }

    [Fact]
    public void Parse_WhenThereIsNoKeyspace_ShouldAskForOne()
    {
        var error = Assert.Throws<CqlSchemaException>(() => CqlSchemaParser.Parse([("t.cql", "CREATE TABLE techshop.t (id int, PRIMARY KEY ((id)));")]));

        Assert.Equal("No CREATE KEYSPACE statement found in the Keyspaces DDL; expected exactly one.", error.Message);
    }

    [Fact]
    public void Parse_WhenReplicationIsNotSingleRegion_ShouldRejectTheKeyspace()
    {
        var error = Assert.Throws<CqlSchemaException>(() => CqlSchemaParser.Parse(
            [("k.cql", "CREATE KEYSPACE techshop WITH replication = {'class': 'NetworkTopologyStrategy', 'dc1': 3};")]));

        Assert.Contains("must use {'class': 'SingleRegionStrategy'} replication", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WhenCommentsAndUpperCaseAreUsed_ShouldIgnoreCommentsAndLowerCaseNames()
    {
        var schema = ParseTable("""
            -- panel: alerts
            CREATE TABLE TechShop.Alerts ( -- one row per alert
                Day DATE, -- the day
                Kind TEXT,
                PRIMARY KEY ((Day), Kind)
            ) WITH default_time_to_live = 86400;
            """);

        var table = Assert.Single(schema.Tables);
        Assert.Equal("alerts", table.Name);
        Assert.Equal([("day", "date"), ("kind", "text")], table.Columns.Select(c => (c.Name, c.Type)));
        Assert.Equal(86400, table.DefaultTimeToLive);
    }

    [Fact]
    public void Parse_WhenEveryFileRepeatsTheSameKeyspace_ShouldAcceptIt()
    {
        var schema = CqlSchemaParser.Parse([("a.cql", Keyspace + "CREATE TABLE techshop.a (id int, PRIMARY KEY ((id)));"),
                                            ("b.cql", Keyspace + "CREATE TABLE techshop.b (id int, PRIMARY KEY ((id)));")]);

        Assert.Equal("techshop", schema.Keyspace);
        Assert.Equal(["a", "b"], schema.Tables.Select(t => t.Name));
    }

    [Fact]
    public void Parse_WhenASecondKeyspaceIsCreated_ShouldNameBoth()
    {
        var error = Assert.Throws<CqlSchemaException>(() => CqlSchemaParser.Parse(
            [("a.cql", Keyspace), ("b.cql", "CREATE KEYSPACE other WITH replication = {'class': 'SingleRegionStrategy'};")]));

        Assert.Equal("b.cql: a second keyspace ('other') after 'techshop'; expected every table in one keyspace.", error.Message);
    }
}
