using System.Text.Json;

namespace TechShop.Functions.Tests.Process;

/// <summary>The Native AOT bootstrap as a real process, talking HTTP to a Runtime API on 127.0.0.1.</summary>
public sealed class BootstrapProcessTests : IClassFixture<PublishedBootstrap>
{
    // Guards against a hung process; not a performance assertion.
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);
    private readonly PublishedBootstrap bootstrap;

    public BootstrapProcessTests(PublishedBootstrap bootstrap) => this.bootstrap = bootstrap;

    [Fact]
    public async Task Invocation_WhenHandlerSucceeds_ShouldPostItsResponseBodyWithTheInvocationsContext()
    {
        await using var api = await FakeRuntimeApi.StartAsync();
        using var process = new BootstrapProcess(bootstrap.ExecutablePath, api.Address, "echo");

        var post = await api.InvokeAsync("req-echo-1", """{"orderNumber":42,"currency":"EUR"}""").WaitAsync(HangGuard);

        Assert.Equal("response", post.Kind);
        var body = post.Json;
        Assert.Equal(42, body.GetProperty("event").GetProperty("orderNumber").GetInt32());
        Assert.Equal("EUR", body.GetProperty("event").GetProperty("currency").GetString());
        Assert.Equal("req-echo-1", body.GetProperty("requestId").GetString());
        Assert.Equal("arn:aws:lambda:eu-west-1:111122223333:function:techshop-test", body.GetProperty("functionArn").GetString());
        Assert.Equal("techshop-test", body.GetProperty("functionName").GetString());
        Assert.Equal(512, body.GetProperty("memoryLimitInMB").GetInt32());
        Assert.Equal("Root=1-65e1a7f2-req-echo-1;Parent=53995c3f42cd8ad8;Sampled=1", body.GetProperty("traceIdVariable").GetString());
        Assert.True(body.GetProperty("hasTimeLeft").GetBoolean());
        Assert.Equal(process.Id, body.GetProperty("processId").GetInt32());
    }

    [Fact]
    public async Task Invocation_WhenHandlerThrows_ShouldPostTheErrorBodyAndErrorTypeHeader()
    {
        await using var api = await FakeRuntimeApi.StartAsync();
        using var process = new BootstrapProcess(bootstrap.ExecutablePath, api.Address, "fail");

        var post = await api.InvokeAsync("req-fail-1", "{}").WaitAsync(HangGuard);

        Assert.Equal("error", post.Kind);
        Assert.Equal("application/vnd.aws.lambda.error+json", post.ContentType);
        Assert.Equal("InvalidOperationException", post.ErrorTypeHeader);
        var body = post.Json;
        Assert.Equal("InvalidOperationException", body.GetProperty("errorType").GetString());
        Assert.Equal("The test handler failed on purpose.", body.GetProperty("errorMessage").GetString());
        Assert.Contains(body.GetProperty("stackTrace").EnumerateArray(), line => line.GetString()!.Contains("FailingHandler", StringComparison.Ordinal));
        Assert.Equal("FormatException", body.GetProperty("cause").GetProperty("errorType").GetString());
        Assert.Equal("inner cause", body.GetProperty("cause").GetProperty("errorMessage").GetString());
        Assert.False(process.HasExited);
    }

    [Fact]
    public async Task Initialization_WhenHandlerIsUnknown_ShouldPostInitErrorAndExitNonZero()
    {
        await using var api = await FakeRuntimeApi.StartAsync();
        using var process = new BootstrapProcess(bootstrap.ExecutablePath, api.Address, "stream-enrich");

        var post = await api.InitError.WaitAsync(HangGuard);
        var exitCode = await process.WaitForExitAsync(HangGuard);

        Assert.Equal(1, exitCode);
        Assert.Equal(0, api.NextRequests);
        Assert.Equal("UnknownHandlerException", post.ErrorTypeHeader);
        Assert.Equal("application/vnd.aws.lambda.error+json", post.ContentType);
        Assert.Equal(
            "No handler named 'stream-enrich'; known handlers: echo, fail, kafka-tombstones.",
            post.Json.GetProperty("errorMessage").GetString());
        Assert.Contains("\"level\":\"FATAL\"", process.Output);
    }

    [Fact]
    public async Task Invocations_WhenTwoArriveInARow_ShouldBothBeAnsweredByTheSameProcess()
    {
        await using var api = await FakeRuntimeApi.StartAsync();
        using var process = new BootstrapProcess(bootstrap.ExecutablePath, api.Address, "echo");

        var first = await api.InvokeAsync("req-a", """{"n":1}""").WaitAsync(HangGuard);
        var second = await api.InvokeAsync("req-b", """{"n":2}""").WaitAsync(HangGuard);

        Assert.Equal(("req-a", 1), (first.Json.GetProperty("requestId").GetString(), first.Json.GetProperty("event").GetProperty("n").GetInt32()));
        Assert.Equal(("req-b", 2), (second.Json.GetProperty("requestId").GetString(), second.Json.GetProperty("event").GetProperty("n").GetInt32()));
        Assert.Equal(process.Id, first.Json.GetProperty("processId").GetInt32());
        Assert.Equal(process.Id, second.Json.GetProperty("processId").GetInt32());
        Assert.Contains("req-b;Parent", second.Json.GetProperty("traceIdVariable").GetString());
        Assert.False(process.HasExited);
    }

    [Fact]
    public async Task Invocation_WhenKafkaBatchHasATombstone_ShouldAnswerWithThePartialBatchResponse()
    {
        await using var api = await FakeRuntimeApi.StartAsync();
        using var process = new BootstrapProcess(bootstrap.ExecutablePath, api.Address, "kafka-tombstones");
        var kafkaEvent = """
            {"eventSource":"aws:kafka","records":{"fx-rates-2":[
              {"topic":"fx-rates","partition":2,"offset":40,"timestamp":1,"timestampType":"CREATE_TIME","value":"AA==","headers":[{"h":[-1]}]},
              {"topic":"fx-rates","partition":2,"offset":41,"timestamp":1,"timestampType":"CREATE_TIME","key":"a2V5"}]}}
            """;

        var post = await api.InvokeAsync("req-kafka", kafkaEvent).WaitAsync(HangGuard);

        Assert.Equal("response", post.Kind);
        Assert.Equal("""{"batchItemFailures":[{"itemIdentifier":{"partition":"fx-rates-2","offset":41}}]}""", System.Text.Encoding.UTF8.GetString(post.Body));
    }
}
