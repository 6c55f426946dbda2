using TechShop.Snowflake.Api;
using static TechShop.Snowflake.Tests.SqlApiResponses;

namespace TechShop.Snowflake.Tests;

public sealed class SqlApiClientRetryTests
{
    [Fact]
    public async Task ExecuteAsync_WhenStatementFails_ShouldThrowTheTypedErrorWithoutRetrying()
    {
        await using var server = await FakeHttpServer.StartAsync(_ =>
            new Reply(422, Failure("h-bad", "002003", "42S02", "SQL compilation error: Object 'BRONZE.NOPE' does not exist or not authorized.")));
        using var http = new HttpClient();

        var error = await Assert.ThrowsAsync<SnowflakeStatementException>(() => SqlApiFixture.Client(server, http).ExecuteAsync("SELECT * FROM BRONZE.NOPE"));

        Assert.Equal(422, error.HttpStatus);
        Assert.Equal("002003", error.Code);
        Assert.Equal("42S02", error.SqlState);
        Assert.Equal("h-bad", error.StatementHandle);
        Assert.Equal("SQL compilation error: Object 'BRONZE.NOPE' does not exist or not authorized.", error.SnowflakeMessage);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task ExecuteAsync_WhenPolledStatementFails_ShouldThrowTheTypedError()
    {
        await using var server = await FakeHttpServer.StartAsync(FakeHttpServer.Script(
            new Reply(202, Running("h-late")), new Reply(422, Failure("h-late", "100038", "22018", "Numeric value 'x' is not recognized"))));
        using var http = new HttpClient();

        var error = await Assert.ThrowsAsync<SnowflakeStatementException>(() => SqlApiFixture.Client(server, http).ExecuteAsync("SELECT 'x'::INT"));

        Assert.Equal("100038", error.Code);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task ExecuteAsync_WhenThrottled_ShouldResubmitTheSameRequestIdWithoutRetryFlag()
    {
        await using var server = await FakeHttpServer.StartAsync(FakeHttpServer.Script(new Reply(429), new Reply(200, SingleNumber("h-1", 1))));
        using var http = new HttpClient();

        var result = await SqlApiFixture.Client(server, http).ExecuteAsync("SELECT 1");

        Assert.Equal(1L, result.Rows[0][0]);
        Assert.Equal(2, server.Requests.Count);
        Assert.Equal(server.Requests[0].QueryValue("requestId"), server.Requests[1].QueryValue("requestId"));
        Assert.Null(server.Requests[1].QueryValue("retry"));
    }

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task ExecuteAsync_WhenServerFailsWithUnknownOutcome_ShouldResubmitTheSameBodyAndRequestIdWithRetryTrue(int status)
    {
        await using var server = await FakeHttpServer.StartAsync(FakeHttpServer.Script(new Reply(status), new Reply(200, SingleNumber("h-1", 1))));
        using var http = new HttpClient();

        await SqlApiFixture.Client(server, http).ExecuteAsync("INSERT INTO T VALUES (1)");

        Assert.Equal(2, server.Requests.Count);
        Assert.Equal(server.Requests[0].QueryValue("requestId"), server.Requests[1].QueryValue("requestId"));
        Assert.Null(server.Requests[0].QueryValue("retry"));
        Assert.Equal("true", server.Requests[1].QueryValue("retry"));
        Assert.Equal(server.Requests[0].Body, server.Requests[1].Body);
    }

    [Fact]
    public async Task ExecuteAsync_WhenTheAnswerTimesOut_ShouldResubmitWithRetryTrue()
    {
        await using var server = await FakeHttpServer.StartAsync(FakeHttpServer.Script(
            new Reply(200, SingleNumber("h-1", 1), Delay: TimeSpan.FromSeconds(30)), new Reply(200, SingleNumber("h-1", 1))));
        using var http = new HttpClient();
        var client = SqlApiFixture.Client(server, http, adjust: o => o with { RequestTimeout = TimeSpan.FromMilliseconds(300) });

        await client.ExecuteAsync("INSERT INTO T VALUES (1)");

        Assert.Equal(2, server.Requests.Count);
        Assert.Equal(server.Requests[0].QueryValue("requestId"), server.Requests[1].QueryValue("requestId"));
        Assert.Equal("true", server.Requests[1].QueryValue("retry"));
    }

    [Fact]
    public async Task ExecuteAsync_WhenServerKeepsFailing_ShouldGiveUpWithATransientErrorNamingTheRequestId()
    {
        await using var server = await FakeHttpServer.StartAsync(_ => new Reply(503));
        using var http = new HttpClient();

        var error = await Assert.ThrowsAsync<SnowflakeRequestException>(() => SqlApiFixture.Client(server, http).ExecuteAsync("SELECT 1"));

        Assert.True(error.IsTransient);
        Assert.Equal(503, error.HttpStatus);
        Assert.Equal(4, server.Requests.Count);
        Assert.Single(server.Requests.Select(r => r.QueryValue("requestId")).Distinct());
        Assert.Equal(server.Requests[0].QueryValue("requestId"), error.RequestId);
    }

    [Fact]
    public async Task ExecuteAsync_WhenTokenIsRejected_ShouldRenewItOnceAndResend()
    {
        await using var server = await FakeHttpServer.StartAsync(FakeHttpServer.Script(new Reply(401, """{"code":"390318","message":"JWT token is invalid."}"""), new Reply(200, SingleNumber("h-1", 1))));
        using var http = new HttpClient();
        var tokens = new CountingTokenSource();

        await SqlApiFixture.Client(server, http, tokens).ExecuteAsync("SELECT 1");

        Assert.Equal(["Bearer token-1", "Bearer token-2"], server.Requests.Select(r => r.Header("Authorization")));
        Assert.Equal(1, tokens.Renewals);
    }

    [Fact]
    public async Task ExecuteAsync_WhenRenewedTokenIsRejectedToo_ShouldThrowAPermanentError()
    {
        await using var server = await FakeHttpServer.StartAsync(_ => new Reply(401, """{"code":"390144","message":"JWT token is invalid."}"""));
        using var http = new HttpClient();

        var error = await Assert.ThrowsAsync<SnowflakeRequestException>(() => SqlApiFixture.Client(server, http).ExecuteAsync("SELECT 1"));

        Assert.Equal(401, error.HttpStatus);
        Assert.False(error.IsTransient);
        Assert.Contains("390144", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task ExecuteAsync_WhenApiIsForbidden_ShouldNotRetry()
    {
        await using var server = await FakeHttpServer.StartAsync(_ => new Reply(403, """{"code":"390101","message":"SQL API not enabled"}"""));
        using var http = new HttpClient();

        var error = await Assert.ThrowsAsync<SnowflakeRequestException>(() => SqlApiFixture.Client(server, http).ExecuteAsync("SELECT 1"));

        Assert.Equal(403, error.HttpStatus);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task ExecuteAsync_WhenStatementOutlivesItsTimeout_ShouldThrowTheTypedErrorWith408()
    {
        await using var server = await FakeHttpServer.StartAsync(_ =>
            new Reply(408, """{"code":"000630","message":"Statement reached its statement or warehouse timeout of 120 second(s) and was canceled.","statementHandle":"h-long"}"""));
        using var http = new HttpClient();

        var error = await Assert.ThrowsAsync<SnowflakeStatementException>(() => SqlApiFixture.Client(server, http).ExecuteAsync("CALL LONG()"));

        Assert.Equal(408, error.HttpStatus);
        Assert.Equal("000630", error.Code);
        Assert.Equal("h-long", error.StatementHandle);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task CancelAsync_ShouldPostToTheStatementsCancelEndpoint()
    {
        await using var server = await FakeHttpServer.StartAsync(_ => new Reply(200, """{"message":"successfully canceled","statementHandle":"h-run"}"""));
        using var http = new HttpClient();

        await SqlApiFixture.Client(server, http).CancelAsync("h-run");

        var request = Assert.Single(server.Requests);
        Assert.Equal("POST /api/v2/statements/h-run/cancel", request.Method + " " + request.Path);
    }

    [Fact]
    public async Task ExecuteMultiStatementAsync_WhenSnowflakeReturnsFewerHandles_ShouldThrowNamingBothCounts()
    {
        var parent = SqlApiResponses.ResultSet("h-p", $"[{Column("multiple statement execution", "text")}]", """[["Multiple statements executed successfully."]]""", statementHandles: """["h-c1"]""");
        await using var server = await FakeHttpServer.StartAsync(_ => new Reply(200, parent));
        using var http = new HttpClient();

        var error = await Assert.ThrowsAsync<SnowflakeRequestException>(() => SqlApiFixture.Client(server, http).ExecuteMultiStatementAsync(["SELECT 1", "SELECT 2"]));

        Assert.Equal("Snowflake returned 1 statement handles for a request of 2 statements (handle h-p).", error.Message);
    }
}
