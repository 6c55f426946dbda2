using System.Text.Json;
using TechShop.Snowflake.Api;
using static TechShop.Snowflake.Tests.SqlApiResponses;

namespace TechShop.Snowflake.Tests;

public sealed class SqlApiClientResultTests
{
    [Fact]
    public async Task ExecuteAsync_WhenResultSetHasTypedCells_ShouldConvertEachCellByItsRowType()
    {
        var rowType = "[" + string.Join(",",
            Column("ORDER_NUMBER", "fixed", 38, 0), Column("AMOUNT", "fixed", 18, 2), Column("RATE", "real"), Column("NAME", "text"),
            Column("IS_ONLINE", "boolean"), Column("ORDER_DATE", "date"), Column("UPDATED_AT", "timestamp_ntz", scale: 9),
            Column("SEEN_AT", "timestamp_tz", scale: 9), Column("BLOB", "binary"), Column("NOTE", "text")) + "]";
        var data = """[["1002003004","1234.50","0.6543","Café","true","20513","1772353230.412000000","1772353230.000000000 1500","CAFE",null]]""";
        await using var server = await FakeHttpServer.StartAsync(_ => new Reply(200, ResultSet("h-typed", rowType, data, "[{\"rowCount\":1,\"uncompressedSize\":120}]")));
        using var http = new HttpClient();

        var result = await SqlApiFixture.Client(server, http).ExecuteAsync("SELECT * FROM T");

        Assert.Equal(["ORDER_NUMBER", "AMOUNT", "RATE", "NAME", "IS_ONLINE", "ORDER_DATE", "UPDATED_AT", "SEEN_AT", "BLOB", "NOTE"], result.Columns.Select(c => c.Name));
        var row = Assert.Single(result.Rows);
        Assert.Equal(1002003004L, row[0]);
        Assert.Equal(1234.50m, row[1]);
        Assert.Equal(0.6543d, row[2]);
        Assert.Equal("Café", row[3]);
        Assert.Equal(true, row[4]);
        Assert.Equal(new DateOnly(2026, 3, 1), row[5]);
        Assert.Equal(new DateTime(2026, 3, 1, 8, 20, 30, 412, DateTimeKind.Utc), row[6]);
        Assert.Equal(new DateTime(2026, 3, 1, 8, 20, 30, DateTimeKind.Utc), row[7]);
        Assert.Equal(new byte[] { 0xCA, 0xFE }, row[8]);
        Assert.Null(row[9]);
        Assert.Equal("h-typed", result.StatementHandle);
        Assert.Equal(-1, result.RowsAffected);
    }

    [Fact]
    public async Task ExecuteAsync_ShouldSendTheHeadersAndBodyTheSqlApiRequires()
    {
        await using var server = await FakeHttpServer.StartAsync(_ => new Reply(200, SingleNumber("h-1", 1)));
        using var http = new HttpClient();
        var statement = new SnowflakeStatement("SELECT ? + 1, ?")
        {
            Bindings = [SnowflakeBinding.Fixed(42), SnowflakeBinding.Text("it's")],
            Parameters = new Dictionary<string, string> { ["TIMEZONE"] = "UTC" },
        };

        await SqlApiFixture.Client(server, http).ExecuteAsync(statement);

        var request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/api/v2/statements", request.Path);
        Assert.True(Guid.TryParse(request.QueryValue("requestId"), out _));
        Assert.Equal("false", request.QueryValue("async"));
        Assert.Null(request.QueryValue("retry"));
        Assert.Equal("Bearer token-1", request.Header("Authorization"));
        Assert.Equal("KEYPAIR_JWT", request.Header("X-Snowflake-Authorization-Token-Type"));
        Assert.Equal("TechShop.Serverless/1.0", request.Header("User-Agent"));
        Assert.Equal("application/json", request.Header("Accept"));
        Assert.Equal("application/json", request.Header("Content-Type"));
        using var body = JsonDocument.Parse(request.Body);
        var root = body.RootElement;
        Assert.Equal("SELECT ? + 1, ?", root.GetProperty("statement").GetString());
        Assert.Equal(120, root.GetProperty("timeout").GetInt32());
        Assert.Equal("TECHSHOP", root.GetProperty("database").GetString());
        Assert.Equal("TECHSHOP_WH", root.GetProperty("warehouse").GetString());
        Assert.Equal("TECHSHOP_LOADER", root.GetProperty("role").GetString());
        Assert.False(root.TryGetProperty("schema", out _));
        var bindings = root.GetProperty("bindings");
        Assert.Equal(["1", "2"], bindings.EnumerateObject().Select(p => p.Name));
        Assert.Equal("""{"type":"FIXED","value":"42"}""", bindings.GetProperty("1").GetRawText());
        Assert.Equal("TEXT", bindings.GetProperty("2").GetProperty("type").GetString());
        Assert.Equal("it's", bindings.GetProperty("2").GetProperty("value").GetString());
        var parameters = root.GetProperty("parameters");
        Assert.Equal("UTC", parameters.GetProperty("TIMEZONE").GetString());
        Assert.Equal("1", parameters.GetProperty("MULTI_STATEMENT_COUNT").GetString());
        Assert.Equal("techshop", parameters.GetProperty("QUERY_TAG").GetString());
    }

    [Fact]
    public async Task ExecuteAsync_WhenStatementIsStillRunning_ShouldPollTheStatusUrlUntilTheResultArrives()
    {
        await using var server = await FakeHttpServer.StartAsync(FakeHttpServer.Script(
            new Reply(202, Running("h-slow")), new Reply(202, Running("h-slow")), new Reply(200, SingleNumber("h-slow", 7))));
        using var http = new HttpClient();

        var result = await SqlApiFixture.Client(server, http).ExecuteAsync("CALL SLOW()");

        Assert.Equal(7L, Assert.Single(result.Rows)[0]);
        Assert.Equal(
            ["POST /api/v2/statements", "GET /api/v2/statements/h-slow", "GET /api/v2/statements/h-slow"],
            server.Requests.Select(r => r.Method + " " + r.Path));
        Assert.All(server.Requests.Skip(1), r => Assert.Equal("Bearer token-1", r.Header("Authorization")));
    }

    [Fact]
    public async Task ExecuteAsync_WhenResultHasThreePartitions_ShouldFetchTheOthersAndUnzipTheGzippedOne()
    {
        var rowType = $"[{Column("ID", "fixed", 18, 0)}, {Column("NAME", "text")}]";
        var first = ResultSet("h-big", rowType, """[["1","a"],["2","b"]]""",
            """[{"rowCount":2,"uncompressedSize":20},{"rowCount":3,"uncompressedSize":30,"compressedSize":25},{"rowCount":1,"uncompressedSize":10}]""", numRows: 6);
        await using var server = await FakeHttpServer.StartAsync(request => request.QueryValue("partition") switch
        {
            "1" => new Reply(200, """[["3","c"],["4","d"],["5","e"]]""", Gzip: true),
            "2" => new Reply(200, """{"data":[["6",null]]}"""),
            _ => new Reply(200, first),
        });
        using var http = new HttpClient();

        var result = await SqlApiFixture.Client(server, http).ExecuteAsync("SELECT ID, NAME FROM BIG");

        Assert.Equal([1L, 2L, 3L, 4L, 5L, 6L], result.Rows.Select(r => r[0]));
        Assert.Equal(["a", "b", "c", "d", "e", null], result.Rows.Select(r => r[1]));
        Assert.Equal(["/api/v2/statements", "/api/v2/statements/h-big", "/api/v2/statements/h-big"], server.Requests.Select(r => r.Path));
        Assert.Equal([null, "1", "2"], server.Requests.Select(r => r.QueryValue("partition")));
    }

    [Fact]
    public async Task ExecuteAsync_WhenAPartitionHoldsFewerRowsThanAnnounced_ShouldThrowNamingThePartition()
    {
        var first = ResultSet("h-short", $"[{Column("ID", "fixed", 18, 0)}]", """[["1"]]""",
            """[{"rowCount":1,"uncompressedSize":5},{"rowCount":2,"uncompressedSize":10}]""", numRows: 3);
        await using var server = await FakeHttpServer.StartAsync(request =>
            request.QueryValue("partition") == "1" ? new Reply(200, """[["2"]]""") : new Reply(200, first));
        using var http = new HttpClient();

        var error = await Assert.ThrowsAsync<SnowflakeRequestException>(() => SqlApiFixture.Client(server, http).ExecuteAsync("SELECT ID FROM T"));

        Assert.Contains("partition 1 of statement h-short with 1 rows where partitionInfo announced 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_WhenDmlReportsStats_ShouldReturnTheRowsAffected()
    {
        var body = ResultSet("h-dml", $"[{Column("number of rows inserted", "fixed", 19, 0)}]", """[["3"]]""", stats: """{"numRowsInserted":3,"numRowsUpdated":2}""");
        await using var server = await FakeHttpServer.StartAsync(_ => new Reply(200, body));
        using var http = new HttpClient();

        var result = await SqlApiFixture.Client(server, http).ExecuteAsync("MERGE INTO T USING S ON ...");

        Assert.Equal(5, result.RowsAffected);
        Assert.Equal(new StatementStats(3, 2, 0, 0), result.Stats);
    }

    [Fact]
    public async Task ExecuteMultiStatementAsync_ShouldSendTheCountAndFetchEveryChildResult()
    {
        var parent = ResultSet("h-parent", $"[{Column("multiple statement execution", "text")}]", """[["Multiple statements executed successfully."]]""",
            statementHandles: """["h-c1","h-c2","h-c3"]""");
        await using var server = await FakeHttpServer.StartAsync(request => request.Path switch
        {
            "/api/v2/statements" => new Reply(200, parent),
            "/api/v2/statements/h-c2" => new Reply(200, SingleNumber("h-c2", 12)),
            var path => new Reply(200, ResultSet(path[(path.LastIndexOf('/') + 1)..], $"[{Column("status", "text")}]", """[["Statement executed successfully."]]""")),
        });
        using var http = new HttpClient();

        var results = await SqlApiFixture.Client(server, http).ExecuteMultiStatementAsync(["BEGIN TRANSACTION", "INSERT INTO T VALUES (1);", "COMMIT"]);

        Assert.Equal(["h-c1", "h-c2", "h-c3"], results.Select(r => r.StatementHandle));
        Assert.Equal(12L, results[1].Rows[0][0]);
        using var body = JsonDocument.Parse(server.Requests[0].Body);
        Assert.Equal("BEGIN TRANSACTION;\nINSERT INTO T VALUES (1);\nCOMMIT", body.RootElement.GetProperty("statement").GetString());
        Assert.Equal("3", body.RootElement.GetProperty("parameters").GetProperty("MULTI_STATEMENT_COUNT").GetString());
        Assert.Equal(["/api/v2/statements", "/api/v2/statements/h-c1", "/api/v2/statements/h-c2", "/api/v2/statements/h-c3"], server.Requests.Select(r => r.Path));
    }
}
