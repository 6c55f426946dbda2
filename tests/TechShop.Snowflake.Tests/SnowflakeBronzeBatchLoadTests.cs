using System.Text.Json;
using TechShop.Core.Extracts;
using TechShop.Core.Warehouse;
using TechShop.Snowflake.Warehouse;
using static TechShop.Snowflake.Tests.SqlApiResponses;

namespace TechShop.Snowflake.Tests;

public sealed class SnowflakeBronzeBatchLoadTests
{
    private static readonly SnowflakeWarehouseOptions Options = new() { LakeBucket = "techshop-lake" };

    private static readonly BronzeObject[] Orders =
    [
        Order("2026-03-01", "etag-01"),
        Order("2026-03-02", "etag-02"),
        Order("2026-03-03", "etag-03"),
    ];

    private static readonly string CopyColumns = "[" + string.Join(",",
        Column("file", "text"), Column("status", "text"), Column("rows_parsed", "fixed", 19, 0), Column("rows_loaded", "fixed", 19, 0)) + "]";

    [Fact]
    public async Task LoadBronzeBatch_WhenOneObjectIsAudited_ShouldCopyTheOthersInOneTransactionAndReportRowsPerFile()
    {
        await using var server = await FakeHttpServer.StartAsync(request => request.Path switch
        {
            "/api/v2/statements" when request.BodyText.Contains("SELECT object_key, etag", StringComparison.Ordinal) =>
                new Reply(200, ResultSet("h-audit", $"[{Column("OBJECT_KEY", "text")},{Column("ETAG", "text")}]", $"[[\"{Orders[1].Key}\",\"etag-02\"]]")),
            "/api/v2/statements" => new Reply(200, ResultSet("h-load", $"[{Column("multiple statement execution", "text")}]",
                """[["Multiple statements executed successfully."]]""", statementHandles: """["h-begin","h-copy","h-audit-insert","h-commit"]""")),
            "/api/v2/statements/h-copy" => new Reply(200, ResultSet("h-copy", CopyColumns, $"""
                [["s3://techshop-lake/{Orders[0].Key}","LOADED","41","41"],["s3://techshop-lake/{Orders[2].Key}","LOADED","17","17"]]
                """, numRows: 2)),
            var path => new Reply(200, ResultSet(path[(path.LastIndexOf('/') + 1)..], $"[{Column("status", "text")}]", """[["Statement executed successfully."]]""")),
        });
        using var http = new HttpClient();
        var warehouse = new SnowflakeWarehouse(SqlApiFixture.Client(server, http), Options);

        var batch = await warehouse.LoadBronzeAsync(Orders);

        Assert.Empty(batch.Rejections);
        Assert.Equal(
            [new BronzeLoadOutcome(Orders[1], 0, AlreadyLoaded: true), new BronzeLoadOutcome(Orders[0], 41, false), new BronzeLoadOutcome(Orders[2], 17, false)],
            batch.Outcomes);
        using var audit = JsonDocument.Parse(server.Requests[0].Body);
        Assert.Equal("SELECT object_key, etag FROM BRONZE.LOAD_AUDIT WHERE bucket = ? AND object_key IN (?, ?, ?)", audit.RootElement.GetProperty("statement").GetString());
        Assert.Equal(
            ["techshop-lake", .. Orders.Select(o => o.Key)],
            audit.RootElement.GetProperty("bindings").EnumerateObject().Select(b => b.Value.GetProperty("value").GetString()));
        using var load = JsonDocument.Parse(server.Requests[1].Body);
        var statement = load.RootElement.GetProperty("statement").GetString()!;
        Assert.Equal("4", load.RootElement.GetProperty("parameters").GetProperty("MULTI_STATEMENT_COUNT").GetString());
        Assert.Contains(
            "FILES = ('batch/orders/dt=2026-03-01/orders-2026-03-01.jsonl', 'batch/orders/dt=2026-03-03/orders-2026-03-03.jsonl')\n", statement, StringComparison.Ordinal);
        Assert.Contains(
            "CASE METADATA$FILENAME WHEN 'batch/orders/dt=2026-03-01/orders-2026-03-01.jsonl' THEN 'etag-01' WHEN 'batch/orders/dt=2026-03-03/orders-2026-03-03.jsonl' THEN 'etag-03' END,",
            statement, StringComparison.Ordinal);
        Assert.DoesNotContain("2026-03-02", statement, StringComparison.Ordinal);
        Assert.Equal(1, CountOf(statement, "COPY INTO BRONZE.ORDERS"));
        Assert.Equal(1, CountOf(statement, "INSERT INTO BRONZE.LOAD_AUDIT"));
    }

    [Fact]
    public async Task LoadBronzeBatch_WhenSnowflakeRefusesTheBatchCopy_ShouldLoadTheObjectsOneByOne()
    {
        await using var server = await FakeHttpServer.StartAsync(request => request.Path switch
        {
            "/api/v2/statements" when request.BodyText.Contains("SELECT object_key, etag", StringComparison.Ordinal) =>
                new Reply(200, ResultSet("h-audit", $"[{Column("OBJECT_KEY", "text")},{Column("ETAG", "text")}]", "[]", numRows: 0)),
            "/api/v2/statements" when request.BodyText.Contains("SELECT rows_loaded", StringComparison.Ordinal) =>
                new Reply(200, ResultSet("h-one-audit", $"[{Column("ROWS_LOADED", "fixed", 19, 0)}]", "[]", numRows: 0)),
            "/api/v2/statements" when request.BodyText.Contains("CASE METADATA$FILENAME", StringComparison.Ordinal) =>
                new Reply(422, Failure("h-batch", "100069", "22P02", "Error parsing JSON: incomplete object value, File 'batch/orders/dt=2026-03-02/orders-2026-03-02.jsonl', line 2")),
            "/api/v2/statements" => new Reply(200, ResultSet("h-load", $"[{Column("multiple statement execution", "text")}]",
                """[["Multiple statements executed successfully."]]""", statementHandles: """["h-begin","h-copy","h-audit-insert","h-commit"]""")),
            "/api/v2/statements/h-copy" => new Reply(200, ResultSet("h-copy", CopyColumns, """[["s3://techshop-lake/one","LOADED","9","9"]]""")),
            var path => new Reply(200, ResultSet(path[(path.LastIndexOf('/') + 1)..], $"[{Column("status", "text")}]", """[["Statement executed successfully."]]""")),
        });
        using var http = new HttpClient();
        var warehouse = new SnowflakeWarehouse(SqlApiFixture.Client(server, http), Options);

        var batch = await warehouse.LoadBronzeAsync(Orders[..2]);

        Assert.Equal([new BronzeLoadOutcome(Orders[0], 9, false), new BronzeLoadOutcome(Orders[1], 9, false)], batch.Outcomes);
        var singleLoads = server.Requests.Where(r => r.Body.Length > 0).Select(r => JsonDocument.Parse(r.Body).RootElement)
            .Where(r => r.TryGetProperty("statement", out var s) && s.GetString()!.StartsWith("BEGIN TRANSACTION;\nCOPY INTO", StringComparison.Ordinal)
                && !s.GetString()!.Contains("CASE METADATA$FILENAME", StringComparison.Ordinal))
            .Select(r => r.GetProperty("statement").GetString());
        Assert.Equal(Orders[..2].Select(o => string.Join(";\n", BronzeLoadStatements.Transaction(o, Options))), singleLoads);
    }

    [Fact]
    public async Task LoadBronzeBatch_WhenTheRefusalNamesTheBadFile_ShouldLoadItAloneAndTheOthersInOneBatchAgain()
    {
        await using var server = await FakeHttpServer.StartAsync(OneBadFile(refusalNamesTheFile: true));
        using var http = new HttpClient();
        var warehouse = new SnowflakeWarehouse(SqlApiFixture.Client(server, http), Options);

        var batch = await warehouse.LoadBronzeAsync(Orders);

        Assert.Equal([new BronzeLoadOutcome(Orders[0], 41, false), new BronzeLoadOutcome(Orders[2], 17, false)], batch.Outcomes);
        var rejected = Assert.Single(batch.Rejections);
        Assert.Same(Orders[1], rejected.RejectedObject);
        Assert.Equal(
            "Snowflake refused the file's data (code 100038, SQL state 22018, statement h-refused): Numeric value 'N/A' is not recognized; "
            + $"File '{BadFile}', line 2, character 17; Row 2, column \"ORDERS\"[\"CUSTOMER_KEY\":4]",
            rejected.Reason);
        Assert.Equal([3, 2, 1], Copies(server).Select(FilesListed));
        Assert.Contains(BadFile, Copies(server)[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadBronzeBatch_WhenTheRefusalNamesNoFileOfTheBatch_ShouldLoadTheObjectsOneByOneAndRejectOnlyTheBadOne()
    {
        await using var server = await FakeHttpServer.StartAsync(OneBadFile(refusalNamesTheFile: false));
        using var http = new HttpClient();
        var warehouse = new SnowflakeWarehouse(SqlApiFixture.Client(server, http), Options);

        var batch = await warehouse.LoadBronzeAsync(Orders);

        Assert.Equal([new BronzeLoadOutcome(Orders[0], 41, false), new BronzeLoadOutcome(Orders[2], 17, false)], batch.Outcomes);
        Assert.Same(Orders[1], Assert.Single(batch.Rejections).RejectedObject);
        Assert.Equal([3, 1, 1, 1], Copies(server).Select(FilesListed));
        Assert.Equal(58, batch.RowsLoaded);
    }

    [Fact]
    public async Task LoadBronzeBatch_WhenTheBatchCopyFailsForAnotherReason_ShouldThrowWithoutLoadingObjectByObject()
    {
        await using var server = await FakeHttpServer.StartAsync(request => request.Path switch
        {
            "/api/v2/statements" when request.BodyText.Contains("SELECT object_key, etag", StringComparison.Ordinal) =>
                new Reply(200, ResultSet("h-audit", $"[{Column("OBJECT_KEY", "text")},{Column("ETAG", "text")}]", "[]", numRows: 0)),
            _ => new Reply(422, Failure("h-batch", "003001", "42501", "SQL access control error: Insufficient privileges to operate on table 'ORDERS'")),
        });
        using var http = new HttpClient();
        var warehouse = new SnowflakeWarehouse(SqlApiFixture.Client(server, http), Options);

        var failed = await Assert.ThrowsAsync<Api.SnowflakeStatementException>(() => warehouse.LoadBronzeAsync(Orders));

        Assert.Equal("003001", failed.Code);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task LoadBronzeBatch_WhenAnEntityHasMoreFilesThanACopyTakes_ShouldCopyThemInTransactionsOfAtMostAThousand()
    {
        var objects = Enumerable.Range(0, 1_001)
            .Select(i => Order(new DateOnly(2023, 1, 1).AddDays(i).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), $"etag-{i}"))
            .ToArray();
        await using var server = await FakeHttpServer.StartAsync(request => request.Path switch
        {
            "/api/v2/statements" when request.BodyText.Contains("SELECT object_key, etag", StringComparison.Ordinal) =>
                new Reply(200, ResultSet("h-audit", $"[{Column("OBJECT_KEY", "text")},{Column("ETAG", "text")}]", "[]", numRows: 0)),
            "/api/v2/statements" => new Reply(200, ResultSet("h-load", $"[{Column("multiple statement execution", "text")}]",
                """[["Multiple statements executed successfully."]]""", statementHandles: """["h-begin","h-copy","h-audit-insert","h-commit"]""")),
            "/api/v2/statements/h-copy" => new Reply(200, ResultSet("h-copy", CopyColumns, "[]", numRows: 0)),
            var path => new Reply(200, ResultSet(path[(path.LastIndexOf('/') + 1)..], $"[{Column("status", "text")}]", """[["Statement executed successfully."]]""")),
        });
        using var http = new HttpClient();
        var warehouse = new SnowflakeWarehouse(SqlApiFixture.Client(server, http), Options);

        var batch = await warehouse.LoadBronzeAsync(objects);

        var copies = server.Requests
            .Where(r => r.BodyText.Length > 0)
            .Select(r => JsonDocument.Parse(r.Body).RootElement)
            .Where(r => r.TryGetProperty("statement", out var statement) && statement.GetString()!.Contains("COPY INTO BRONZE.ORDERS", StringComparison.Ordinal))
            .Select(r => r.GetProperty("statement").GetString()!)
            .ToList();
        Assert.Equal([1000, 1], copies.Select(FilesListed));
        Assert.Equal(1_001, batch.Outcomes.Count);
    }

    private const string BadFile = "batch/orders/dt=2026-03-02/orders-2026-03-02.jsonl";

    // No object audited; any COPY whose FILES list has the 2026-03-02 extract fails with 100038, naming the file (or
    // not); any other COPY loads 41 rows of 2026-03-01 and 17 of 2026-03-03, in a batch or alone.
    private static Func<RecordedRequest, Reply> OneBadFile(bool refusalNamesTheFile)
    {
        var file = refusalNamesTheFile ? BadFile : "@BRONZE.RAW_STAGE/(a file the batch did not list)";
        var refusal = "Numeric value 'N/A' is not recognized\\n  File '" + file + "', line 2, character 17\\n  Row 2, column \\\"ORDERS\\\"[\\\"CUSTOMER_KEY\\\":4]";
        return request => request.Path switch
        {
            "/api/v2/statements" when request.BodyText.Contains("SELECT object_key, etag", StringComparison.Ordinal) =>
                new Reply(200, ResultSet("h-audit", $"[{Column("OBJECT_KEY", "text")},{Column("ETAG", "text")}]", "[]", numRows: 0)),
            "/api/v2/statements" when request.BodyText.Contains("SELECT rows_loaded", StringComparison.Ordinal) =>
                new Reply(200, ResultSet("h-one-audit", $"[{Column("ROWS_LOADED", "fixed", 19, 0)}]", "[]", numRows: 0)),
            "/api/v2/statements" when Statement(request).Contains($"'{BadFile}'", StringComparison.Ordinal) =>
                new Reply(422, Failure("h-refused", "100038", "22018", refusal)),
            "/api/v2/statements" => new Reply(200, ResultSet("h-load", $"[{Column("multiple statement execution", "text")}]",
                """[["Multiple statements executed successfully."]]""", statementHandles: $"""["h-begin","h-copy-{CopyHandle(Statement(request))}","h-audit-insert","h-commit"]""")),
            "/api/v2/statements/h-copy-1" => new Reply(200, ResultSet("h-copy", CopyColumns, $"""[["s3://techshop-lake/{Orders[0].Key}","LOADED","41","41"]]""")),
            "/api/v2/statements/h-copy-3" => new Reply(200, ResultSet("h-copy", CopyColumns, $"""[["s3://techshop-lake/{Orders[2].Key}","LOADED","17","17"]]""")),
            "/api/v2/statements/h-copy-13" => new Reply(200, ResultSet("h-copy", CopyColumns,
                $"""[["s3://techshop-lake/{Orders[0].Key}","LOADED","41","41"],["s3://techshop-lake/{Orders[2].Key}","LOADED","17","17"]]""", numRows: 2)),
            var path => new Reply(200, ResultSet(path[(path.LastIndexOf('/') + 1)..], $"[{Column("status", "text")}]", """[["Statement executed successfully."]]""")),
        };
    }

    // Which of the good extracts (2026-03-01, 2026-03-03) a COPY lists: its result then reports those files only.
    private static string CopyHandle(string statement) =>
        (statement.Contains("dt=2026-03-01/", StringComparison.Ordinal) ? "1" : "") + (statement.Contains("dt=2026-03-03/", StringComparison.Ordinal) ? "3" : "");

    private static List<string> Copies(FakeHttpServer server) =>
        [.. server.Requests.Where(r => r.Path == "/api/v2/statements").Select(Statement).Where(s => s.Contains("COPY INTO", StringComparison.Ordinal))];

    private static BronzeObject Order(string day, string etag) =>
        new("techshop-lake", $"raw/batch/orders/dt={day}/orders-{day}.jsonl", etag, ExtractEntity.Orders, BronzeFormat.JsonLines);

    private static int CountOf(string text, string part) => text.Split(part).Length - 1;

    private static string Statement(RecordedRequest request)
    {
        using var body = JsonDocument.Parse(request.Body);
        return body.RootElement.GetProperty("statement").GetString()!;
    }

    private static int FilesListed(string copy)
    {
        var start = copy.IndexOf("FILES = (", StringComparison.Ordinal);
        return CountOf(copy[start..copy.IndexOf(")\n", start, StringComparison.Ordinal)], ".jsonl'");
    }
}
