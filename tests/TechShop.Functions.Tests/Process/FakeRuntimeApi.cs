using System.Collections.Concurrent;
using System.Net;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using TechShop.Lambda.Runtime;

namespace TechShop.Functions.Tests.Process;

/// <summary>The Lambda Runtime API on 127.0.0.1 (Kestrel): queued invocations for /next, recorded posts.</summary>
public sealed class FakeRuntimeApi : IAsyncDisposable
{
    private const string Base = "/2018-06-01/runtime";
    private readonly Channel<(string RequestId, string EventJson)> invocations = Channel.CreateUnbounded<(string, string)>();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<RuntimePost>> results = new();
    private readonly TaskCompletionSource<RuntimePost> initError = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly WebApplication app;

    private FakeRuntimeApi(WebApplication app) => this.app = app;

    /// <summary><c>host:port</c>, the value of <c>AWS_LAMBDA_RUNTIME_API</c>.</summary>
    public string Address { get; private set; } = string.Empty;

    private int nextRequests;

    /// <summary>How many GET /next requests arrived.</summary>
    public int NextRequests => Volatile.Read(ref nextRequests);

    public Task<RuntimePost> InitError => initError.Task;

    public static async Task<FakeRuntimeApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var api = new FakeRuntimeApi(builder.Build());
        api.Map();
        await api.app.StartAsync();
        var address = api.app.Services.GetService(typeof(IServer)) is IServer server
            ? server.Features.Get<IServerAddressesFeature>()!.Addresses.Single()
            : throw new InvalidOperationException("Kestrel did not start.");
        api.Address = new Uri(address).Authority;
        return api;
    }

    /// <summary>Queues an invocation and returns what the runtime posts back for it.</summary>
    public Task<RuntimePost> InvokeAsync(string requestId, string eventJson)
    {
        var result = results.GetOrAdd(requestId, _ => new TaskCompletionSource<RuntimePost>(TaskCreationOptions.RunContinuationsAsynchronously));
        invocations.Writer.TryWrite((requestId, eventJson));
        return result.Task;
    }

    public async ValueTask DisposeAsync()
    {
        invocations.Writer.TryComplete();
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private void Map()
    {
        app.MapGet($"{Base}/invocation/next", async (HttpContext http) =>
        {
            Interlocked.Increment(ref nextRequests);
            var (requestId, eventJson) = await invocations.Reader.ReadAsync(http.RequestAborted);
            http.Response.Headers[RuntimeApiHeaders.RequestId] = requestId;
            http.Response.Headers[RuntimeApiHeaders.DeadlineMs] = DateTimeOffset.UtcNow.AddMinutes(5).ToUnixTimeMilliseconds().ToString();
            http.Response.Headers[RuntimeApiHeaders.InvokedFunctionArn] = "arn:aws:lambda:eu-west-1:111122223333:function:techshop-test";
            http.Response.Headers[RuntimeApiHeaders.TraceId] = $"Root=1-65e1a7f2-{requestId};Parent=53995c3f42cd8ad8;Sampled=1";
            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync(eventJson);
        });
        app.MapPost($"{Base}/invocation/{{requestId}}/response", (string requestId, HttpContext http) => RecordAsync(requestId, "response", http));
        app.MapPost($"{Base}/invocation/{{requestId}}/error", (string requestId, HttpContext http) => RecordAsync(requestId, "error", http));
        app.MapPost($"{Base}/init/error", async (HttpContext http) =>
        {
            initError.TrySetResult(await ReadAsync("init-error", http));
            http.Response.StatusCode = StatusCodes.Status202Accepted;
        });
    }

    private async Task RecordAsync(string requestId, string kind, HttpContext http)
    {
        var post = await ReadAsync(kind, http);
        results.GetOrAdd(requestId, _ => new TaskCompletionSource<RuntimePost>(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(post);
        http.Response.StatusCode = StatusCodes.Status202Accepted;
    }

    private static async Task<RuntimePost> ReadAsync(string kind, HttpContext http)
    {
        using var body = new MemoryStream();
        await http.Request.Body.CopyToAsync(body);
        return new RuntimePost(
            kind,
            http.Request.ContentType,
            http.Request.Headers[RuntimeApiHeaders.FunctionErrorType].FirstOrDefault(),
            body.ToArray());
    }
}
