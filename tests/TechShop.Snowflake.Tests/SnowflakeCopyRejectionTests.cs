using System.Text.Json;
using TechShop.Core.Extracts;
using TechShop.Core.Warehouse;
using TechShop.Snowflake.Api;
using TechShop.Snowflake.Warehouse;
using static TechShop.Snowflake.Tests.SqlApiResponses;

namespace TechShop.Snowflake.Tests;

public sealed class SnowflakeCopyRejectionTests
{
    private const string FileLine = "File 'batch/orders/dt=2026-03-01/orders-2026-03-01.jsonl', line 3, character 18";
    private const string RowColumn = "Row 3, column \"ORDERS\"[\"ORDER_DATE\":2]";
    private const string Advice = "If you would like to continue loading when an error is encountered, use other values such as 'SKIP_FILE' or 'CONTINUE' for the ON_ERROR option. "
        + "For more information on loading options, please run 'info loading_data' in a SQL client.";

    private static readonly BronzeObject Orders = new(
        "techshop-lake", "raw/batch/orders/dt=2026-03-01/orders-2026-03-01.jsonl", "0f343b0931126a20f133d67c2b018a3b", ExtractEntity.Orders, BronzeFormat.JsonLines);

    private static readonly SnowflakeWarehouseOptions Options = new() { LakeBucket = "techshop-lake" };

    [Theory]
    [InlineData("100069", "22P02", "Error parsing JSON: incomplete object value, pos 17")]
    [InlineData("100037", "22018", "Boolean value 'yes please' is not recognized")]
    [InlineData("100038", "22018", "Numeric value 'N/A' is not recognized")]
    [InlineData("100039", "22003", "Numeric value '99999999999999999999999999999999999999' is out of range")]
    [InlineData("100035", "22007", "Timestamp '2026-13-45T99:00:00Z' is not recognized")]
    [InlineData("100040", "22007", "Date 'not a date' is not recognized")]
    [InlineData("100071", "22000", "Failed to cast variant value \"soon\" to DATE")]
    [InlineData("100082", "22000", "Max LOB size (16777216) exceeded, actual size of parsed column is 16777300")]
    [InlineData("100076", "22000", "Data is corrupted, not a valid gzip stream")]
    public async Task LoadBronzeAsync_WhenCopyRefusesTheFilesData_ShouldRejectTheObjectWithSnowflakesMessageFileAndLine(string code, string sqlState, string message)
    {
        await using var server = await FakeHttpServer.StartAsync(Api(422, code, sqlState, $"{message}\n  {FileLine}\n  {RowColumn}\n  {Advice}"));
        using var http = new HttpClient();
        var warehouse = new SnowflakeWarehouse(SqlApiFixture.Client(server, http), Options);

        var rejected = await Assert.ThrowsAsync<BronzeObjectRejectedException>(() => warehouse.LoadBronzeAsync(Orders));

        Assert.Same(Orders, rejected.RejectedObject);
        Assert.Equal($"Snowflake refused the file's data (code {code}, SQL state {sqlState}, statement h-load): {message}; {FileLine}; {RowColumn}", rejected.Reason);
        Assert.Equal(code, Assert.IsType<SnowflakeStatementException>(rejected.InnerException).Code);
        Assert.Equal(["/api/v2/statements", "/api/v2/statements"], server.Requests.Select(r => r.Path));
    }

    [Theory]
    [InlineData(422, "003001", "42501", "SQL access control error: Insufficient privileges to operate on table 'ORDERS'")]
    [InlineData(422, "000606", "57P03", "No active warehouse selected in the current session.  Select an active warehouse with the 'use warehouse' command.")]
    [InlineData(422, "002003", "42S02", "SQL compilation error: Table 'BRONZE.ORDERS' does not exist or not authorized.")]
    [InlineData(408, "000630", "57014", "Statement reached its statement or warehouse timeout of 120 second(s) and was canceled.")]
    [InlineData(422, "100069", "42000", "A listed code with a SQL state outside class 22")]
    [InlineData(422, "100999", "22000", "A class-22 state with a code that is not listed")]
    public async Task LoadBronzeAsync_WhenTheStatementFailsForAnotherReason_ShouldThrowTheFailureSoTheEventIsRetried(int status, string code, string sqlState, string message)
    {
        await using var server = await FakeHttpServer.StartAsync(Api(status, code, sqlState, message));
        using var http = new HttpClient();
        var warehouse = new SnowflakeWarehouse(SqlApiFixture.Client(server, http), Options);

        var failed = await Assert.ThrowsAsync<SnowflakeStatementException>(() => warehouse.LoadBronzeAsync(Orders));

        Assert.Equal((status, code, sqlState, message), (failed.HttpStatus, failed.Code, failed.SqlState, failed.SnowflakeMessage));
    }

    [Fact]
    public void Reason_WhenTheMessageHasNoFileLine_ShouldKeepSnowflakesMessageWhole()
    {
        var error = new SnowflakeStatementException(422, "100069", "22P02", "Error parsing JSON: invalid character outside of a string: '\\0'", null);

        Assert.True(CopyDataError.IsDataError(error));
        Assert.Equal(
            "Snowflake refused the file's data (code 100069, SQL state 22P02, statement -): Error parsing JSON: invalid character outside of a string: '\\0'",
            CopyDataError.Reason(error));
    }

    // The audit lookup finds nothing; the load transaction fails with the given status and Snowflake's failure body.
    private static Func<RecordedRequest, Reply> Api(int status, string code, string sqlState, string message) => request => request.Path switch
    {
        "/api/v2/statements" when request.BodyText.Contains("SELECT rows_loaded", StringComparison.Ordinal) =>
            new Reply(200, ResultSet("h-audit", $"[{Column("ROWS_LOADED", "fixed", 19, 0)}]", "[]", numRows: 0)),
        _ => new Reply(status, Failure("h-load", code, sqlState, JsonEncodedText.Encode(message).ToString())),
    };
}
