using System.Net;
using System.Text;
using System.Text.Json;
using TechShop.Lambda.Hosting;
using TechShop.Lambda.Runtime;

namespace TechShop.Lambda.Tests.Runtime;

public sealed class LambdaBootstrapTests
{
    private readonly FakeRuntimeApiHandler api = new();
    private readonly MemoryStream logs = new();

    private sealed class DelegateHandler(string name, Func<ReadOnlyMemory<byte>, ILambdaContext, ReadOnlyMemory<byte>> body) : ILambdaHandler
    {
        public string Name => name;

        public Task<ReadOnlyMemory<byte>> HandleAsync(ReadOnlyMemory<byte> eventJson, ILambdaContext context, CancellationToken cancellationToken) =>
            Task.FromResult(body(eventJson, context));
    }

    private LambdaBootstrap Bootstrap(LambdaHandlerCatalog catalog, string? handler, bool runOnce = true) =>
        new(new RuntimeApiClient("127.0.0.1:9001", api), catalog,
            new LambdaRuntimeEnvironment { Handler = handler, FunctionName = "techshop-test", MemoryLimitInMB = 512, RunOnce = runOnce },
            logs, TimeProvider.System);

    private string LogText => Encoding.UTF8.GetString(logs.ToArray());

    [Fact]
    public async Task RunAsync_WhenHandlerSucceeds_ShouldPostItsResponseForTheRequestId()
    {
        api.Enqueue("req-1", """{"n":1}""");
        var catalog = new LambdaHandlerCatalog().Register("double", () => new DelegateHandler("double", (e, _) =>
            Encoding.UTF8.GetBytes($"{{\"doubled\":{JsonDocument.Parse(e).RootElement.GetProperty("n").GetInt32() * 2}}}")));

        var exit = await Bootstrap(catalog, "double").RunAsync(CancellationToken.None);

        Assert.Equal(0, exit);
        var post = Assert.Single(api.Posts);
        Assert.Equal("/2018-06-01/runtime/invocation/req-1/response", post.Path);
        Assert.Equal("""{"doubled":2}""", post.Text);
    }

    [Fact]
    public async Task RunAsync_WhenInvoked_ShouldGiveTheHandlerTheContextAndSetTheTraceVariable()
    {
        api.Enqueue("req-ctx", "{}", deadlineMs: 4_102_444_800_000, traceId: "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1");
        ILambdaContext? seen = null;
        string? traceVariable = null;
        var catalog = new LambdaHandlerCatalog().Register("ctx", () => new DelegateHandler("ctx", (_, c) =>
        {
            seen = c;
            traceVariable = Environment.GetEnvironmentVariable("_X_AMZN_TRACE_ID");
            return "null"u8.ToArray();
        }));

        await Bootstrap(catalog, "ctx").RunAsync(CancellationToken.None);

        Assert.Equal("req-ctx", seen!.AwsRequestId);
        Assert.Equal("arn:aws:lambda:eu-west-1:111122223333:function:f", seen.InvokedFunctionArn);
        Assert.Equal("techshop-test", seen.FunctionName);
        Assert.Equal(512, seen.MemoryLimitInMB);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(4_102_444_800_000), seen.Deadline);
        Assert.True(seen.RemainingTime > TimeSpan.FromDays(300));
        Assert.Equal("Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1", seen.TraceId);
        Assert.Equal(seen.TraceId, traceVariable);
    }

    [Fact]
    public async Task RunAsync_WhenHandlerThrows_ShouldPostTheErrorBodyWithTypeHeader()
    {
        api.Enqueue("req-err", "{}");
        var catalog = new LambdaHandlerCatalog().Register("boom", () => new DelegateHandler("boom", (_, _) =>
            throw new InvalidOperationException("outer", new ArgumentException("inner"))));

        await Bootstrap(catalog, "boom").RunAsync(CancellationToken.None);

        var post = Assert.Single(api.Posts);
        Assert.Equal("/2018-06-01/runtime/invocation/req-err/error", post.Path);
        Assert.Equal(RuntimeApiHeaders.ErrorContentType, post.ContentType);
        Assert.Equal("InvalidOperationException", post.ErrorTypeHeader);
        var body = JsonDocument.Parse(post.Body).RootElement;
        Assert.Equal("InvalidOperationException", body.GetProperty("errorType").GetString());
        Assert.Equal("outer", body.GetProperty("errorMessage").GetString());
        Assert.Equal(JsonValueKind.Array, body.GetProperty("stackTrace").ValueKind);
        Assert.Equal("ArgumentException", body.GetProperty("cause").GetProperty("errorType").GetString());
        Assert.Equal("inner", body.GetProperty("cause").GetProperty("errorMessage").GetString());
        Assert.Contains("\"level\":\"ERROR\",\"requestId\":\"req-err\"", LogText);
    }

    [Fact]
    public async Task RunAsync_WhenHandlerIsUnknown_ShouldPostInitErrorNamingKnownHandlersAndExitNonZero()
    {
        var catalog = new LambdaHandlerCatalog()
            .Register("stream-enrich", () => throw new InvalidOperationException("not built"))
            .Register("bronze-load", () => throw new InvalidOperationException("not built"));

        var exit = await Bootstrap(catalog, "silver-buld").RunAsync(CancellationToken.None);

        Assert.Equal(LambdaBootstrap.InitializationFailedExitCode, exit);
        Assert.Equal(0, api.NextCalls);
        var post = Assert.Single(api.Posts);
        Assert.Equal("/2018-06-01/runtime/init/error", post.Path);
        Assert.Equal("UnknownHandlerException", post.ErrorTypeHeader);
        var message = JsonDocument.Parse(post.Body).RootElement.GetProperty("errorMessage").GetString();
        Assert.Equal("No handler named 'silver-buld'; known handlers: bronze-load, stream-enrich.", message);
    }

    [Fact]
    public async Task RunAsync_WhenHandlerFactoryThrows_ShouldReportItAsTheInitError()
    {
        var catalog = new LambdaHandlerCatalog().Register("stream-enrich", () =>
            throw new InvalidOperationException("TECHSHOP_LAKE_BUCKET is not set"));

        var exit = await Bootstrap(catalog, "stream-enrich").RunAsync(CancellationToken.None);

        Assert.Equal(LambdaBootstrap.InitializationFailedExitCode, exit);
        var post = Assert.Single(api.Posts);
        Assert.Equal("/2018-06-01/runtime/init/error", post.Path);
        Assert.Contains("TECHSHOP_LAKE_BUCKET is not set", post.Text);
    }

    [Fact]
    public async Task RunAsync_WhenNextFailsWithContainerError_ShouldExitWithTheRuntimeApiCode()
    {
        api.Enqueue("req-a", "{}");
        api.EnqueueStatus(HttpStatusCode.InternalServerError);
        var catalog = new LambdaHandlerCatalog().Register("ok", () => new DelegateHandler("ok", (e, _) => e));

        var exit = await Bootstrap(catalog, "ok", runOnce: false).RunAsync(CancellationToken.None);

        Assert.Equal(LambdaBootstrap.RuntimeApiFailedExitCode, exit);
        Assert.Equal(2, api.NextCalls);
        Assert.Equal("/2018-06-01/runtime/invocation/req-a/response", Assert.Single(api.Posts).Path);
    }

    [Fact]
    public async Task RunAsync_WhenResponseIsTooLarge_ShouldReportAnErrorInstead()
    {
        api.Enqueue("req-big", "{}");
        api.ResponseStatus = HttpStatusCode.RequestEntityTooLarge;
        var catalog = new LambdaHandlerCatalog().Register("big", () => new DelegateHandler("big", (_, _) => new byte[100]));

        await Bootstrap(catalog, "big").RunAsync(CancellationToken.None);

        Assert.Equal(2, api.Posts.Count);
        Assert.Equal("/2018-06-01/runtime/invocation/req-big/error", api.Posts[1].Path);
        Assert.Equal("Function.ResponseSizeTooLarge", api.Posts[1].ErrorTypeHeader);
    }

    [Fact]
    public async Task RunAsync_WhenHandlerRecordsMetrics_ShouldFlushOneEmfLineForTheInvocationWithTheHandlerAsFunction()
    {
        api.Enqueue("req-m", "{}");
        var catalog = new LambdaHandlerCatalog().Register("m", () => new DelegateHandler("m", (_, c) =>
        {
            c.Metrics.AddMetric("RecordsEnriched", 42);
            return "{}"u8.ToArray();
        }));

        await Bootstrap(catalog, "m").RunAsync(CancellationToken.None);

        var emf = LogText.Split('\n').Single(l => l.Contains("\"_aws\""));
        var root = JsonDocument.Parse(emf).RootElement;
        Assert.Equal(42, root.GetProperty("RecordsEnriched").GetDouble());
        Assert.Equal("m", root.GetProperty("Function").GetString());
        Assert.False(root.TryGetProperty("FunctionName", out _));
        Assert.Equal("""[["Function"]]""", root.GetProperty("_aws").GetProperty("CloudWatchMetrics")[0].GetProperty("Dimensions").GetRawText());
    }
}
