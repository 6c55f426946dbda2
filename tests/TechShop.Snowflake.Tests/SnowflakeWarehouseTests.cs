using System.Text.Json;
using TechShop.Core.Extracts;
using TechShop.Core.Warehouse;
using TechShop.Snowflake.Warehouse;
using static TechShop.Snowflake.Tests.SqlApiResponses;

namespace TechShop.Snowflake.Tests;

public sealed class SnowflakeWarehouseTests
{
    private static readonly BronzeObject Orders = new(
        "techshop-lake", "raw/batch/orders/dt=2026-03-01/orders-2026-03-01.jsonl", "0f343b0931126a20f133d67c2b018a3b", ExtractEntity.Orders, BronzeFormat.JsonLines);

    private static readonly string CopyColumns = "[" + string.Join(",",
        Column("file", "text"), Column("status", "text"), Column("rows_parsed", "fixed", 19, 0), Column("rows_loaded", "fixed", 19, 0),
        Column("error_limit", "fixed", 19, 0), Column("errors_seen", "fixed", 19, 0), Column("first_error", "text"),
        Column("first_error_line", "fixed", 19, 0), Column("first_error_character", "fixed", 19, 0), Column("first_error_column_name", "text")) + "]";

    [Fact]
    public async Task LoadBronzeAsync_WhenNotYetAudited_ShouldRunTheCopyTransactionAndReportTheRowsLoaded()
    {
        await using var server = await FakeHttpServer.StartAsync(request => request.Path switch
        {
            "/api/v2/statements" when request.BodyText.Contains("SELECT rows_loaded", StringComparison.Ordinal) =>
                new Reply(200, ResultSet("h-audit", $"[{Column("ROWS_LOADED", "fixed", 19, 0)}]", "[]", "[{\"rowCount\":0,\"uncompressedSize\":0}]", numRows: 0)),
            "/api/v2/statements" => new Reply(200, ResultSet("h-load", $"[{Column("multiple statement execution", "text")}]",
                """[["Multiple statements executed successfully."]]""", statementHandles: """["h-begin","h-copy","h-audit-insert","h-commit"]""")),
            "/api/v2/statements/h-copy" => new Reply(200, ResultSet("h-copy", CopyColumns,
                """[["s3://techshop-lake/raw/batch/orders/dt=2026-03-01/orders-2026-03-01.jsonl","LOADED","412","412","1","0",null,null,null,null]]""")),
            var path => new Reply(200, ResultSet(path[(path.LastIndexOf('/') + 1)..], $"[{Column("status", "text")}]", """[["Statement executed successfully."]]""")),
        });
        using var http = new HttpClient();
        var warehouse = new SnowflakeWarehouse(SqlApiFixture.Client(server, http), new SnowflakeWarehouseOptions { LakeBucket = "techshop-lake" });

        var outcome = await warehouse.LoadBronzeAsync(Orders);

        Assert.Equal(new BronzeLoadOutcome(Orders, 412, AlreadyLoaded: false), outcome);
        using var audit = JsonDocument.Parse(server.Requests[0].Body);
        Assert.Equal("SELECT rows_loaded FROM BRONZE.LOAD_AUDIT WHERE bucket = ? AND object_key = ? AND etag = ?", audit.RootElement.GetProperty("statement").GetString());
        Assert.Equal(
            ["techshop-lake", Orders.Key, Orders.ETag],
            audit.RootElement.GetProperty("bindings").EnumerateObject().Select(b => b.Value.GetProperty("value").GetString()));
        using var load = JsonDocument.Parse(server.Requests[1].Body);
        Assert.Equal("4", load.RootElement.GetProperty("parameters").GetProperty("MULTI_STATEMENT_COUNT").GetString());
        Assert.Equal(
            string.Join(";\n", BronzeLoadStatements.Transaction(Orders, new SnowflakeWarehouseOptions { LakeBucket = "techshop-lake" })),
            load.RootElement.GetProperty("statement").GetString());
        Assert.Equal(6, server.Requests.Count);
    }

    [Fact]
    public async Task LoadBronzeAsync_WhenAuditHasTheObject_ShouldDoNothingElse()
    {
        await using var server = await FakeHttpServer.StartAsync(_ =>
            new Reply(200, ResultSet("h-audit", $"[{Column("ROWS_LOADED", "fixed", 19, 0)}]", """[["412"]]""")));
        using var http = new HttpClient();
        var warehouse = new SnowflakeWarehouse(SqlApiFixture.Client(server, http), new SnowflakeWarehouseOptions { LakeBucket = "techshop-lake" });

        var outcome = await warehouse.LoadBronzeAsync(Orders);

        Assert.Equal(new BronzeLoadOutcome(Orders, 0, AlreadyLoaded: true), outcome);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task LoadBronzeAsync_WhenCopySkipsTheFileAsAlreadyLoaded_ShouldReportAlreadyLoaded()
    {
        await using var server = await FakeHttpServer.StartAsync(request => request.Path switch
        {
            "/api/v2/statements" when request.BodyText.Contains("SELECT rows_loaded", StringComparison.Ordinal) =>
                new Reply(200, ResultSet("h-audit", $"[{Column("ROWS_LOADED", "fixed", 19, 0)}]", "[]", numRows: 0)),
            "/api/v2/statements" => new Reply(200, ResultSet("h-load", $"[{Column("multiple statement execution", "text")}]",
                """[["Multiple statements executed successfully."]]""", statementHandles: """["h-1","h-copy","h-3","h-4"]""")),
            _ => new Reply(200, ResultSet("h-x", $"[{Column("status", "text")}]", """[["Copy executed with 0 files processed."]]""")),
        });
        using var http = new HttpClient();
        var warehouse = new SnowflakeWarehouse(SqlApiFixture.Client(server, http), new SnowflakeWarehouseOptions { LakeBucket = "techshop-lake" });

        var outcome = await warehouse.LoadBronzeAsync(Orders);

        Assert.True(outcome.AlreadyLoaded);
        Assert.Equal(0, outcome.RowsLoaded);
    }

    [Fact]
    public async Task LoadBronzeAsync_WhenObjectIsAvro_ShouldRefuseNamingTheKey()
    {
        using var http = new HttpClient();
        var options = SqlApiFixture.Options(new Uri("http://127.0.0.1:9/"));
        var warehouse = new SnowflakeWarehouse(new Api.SnowflakeSqlApiClient(http, options, new CountingTokenSource()), new SnowflakeWarehouseOptions { LakeBucket = "techshop-lake" });
        var avro = new BronzeObject("techshop-lake", "raw/stream/orders/dt=2026-03-01/orders-0-100-199.avro", "etag", "orders", BronzeFormat.AvroContainer);

        var error = await Assert.ThrowsAsync<NotSupportedException>(() => warehouse.LoadBronzeAsync(avro));

        Assert.StartsWith("Bronze load of raw/stream/orders/dt=2026-03-01/orders-0-100-199.avro (AvroContainer) is not supported", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueryAsync_ShouldReturnColumnsAndConvertedRowsForThePort()
    {
        var body = ResultSet("h-q", $"[{Column("ORDER_DATE", "date")},{Column("GROSS_REVENUE", "fixed", 18, 2)}]", """[["20513","2104.37"],["20514","99.90"]]""", numRows: 2);
        await using var server = await FakeHttpServer.StartAsync(_ => new Reply(200, body));
        using var http = new HttpClient();
        var warehouse = new SnowflakeWarehouse(SqlApiFixture.Client(server, http), new SnowflakeWarehouseOptions { LakeBucket = "techshop-lake" });

        var result = await warehouse.QueryAsync("SELECT order_date, gross_revenue FROM GOLD.DAILY_REVENUE ORDER BY 1");

        Assert.Equal("snowflake", warehouse.Engine);
        Assert.Equal(1, result.ColumnIndex("gross_revenue"));
        Assert.Equal([2104.37m, 99.90m], result.Rows.Select(r => r[1]));
        Assert.Equal(new DateOnly(2026, 3, 2), result.Rows[1][0]);
    }

    [Fact]
    public async Task ExecuteAsync_ShouldReturnTheRowsTheStatementChanged()
    {
        var body = ResultSet("h-m", $"[{Column("number of rows inserted", "fixed", 19, 0)},{Column("number of rows updated", "fixed", 19, 0)}]", """[["10","4"]]""", stats: """{"numRowsInserted":10,"numRowsUpdated":4}""");
        await using var server = await FakeHttpServer.StartAsync(_ => new Reply(200, body));
        using var http = new HttpClient();
        var warehouse = new SnowflakeWarehouse(SqlApiFixture.Client(server, http), new SnowflakeWarehouseOptions { LakeBucket = "techshop-lake" });

        Assert.Equal(14, await warehouse.ExecuteAsync("MERGE INTO SILVER.CUSTOMERS t USING ..."));
    }
}
