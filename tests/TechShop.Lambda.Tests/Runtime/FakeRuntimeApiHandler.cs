using System.Collections.Concurrent;
using System.Net;
using TechShop.Lambda.Runtime;

namespace TechShop.Lambda.Tests.Runtime;

/// <summary>An in-memory Runtime API: serves queued invocations on /next and records every POST.</summary>
internal sealed class FakeRuntimeApiHandler : HttpMessageHandler
{
    private readonly ConcurrentQueue<HttpResponseMessage> nextResponses = new();

    public List<RecordedPost> Posts { get; } = [];

    public int NextCalls { get; private set; }

    public HttpStatusCode ResponseStatus { get; set; } = HttpStatusCode.Accepted;

    public void Enqueue(string requestId, string eventJson, long deadlineMs = 4_102_444_800_000, string? traceId = null, string? arn = "arn:aws:lambda:eu-west-1:111122223333:function:f")
    {
        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(eventJson) };
        response.Headers.Add(RuntimeApiHeaders.RequestId, requestId);
        response.Headers.Add(RuntimeApiHeaders.DeadlineMs, deadlineMs.ToString());
        if (traceId is not null)
        {
            response.Headers.Add(RuntimeApiHeaders.TraceId, traceId);
        }

        if (arn is not null)
        {
            response.Headers.Add(RuntimeApiHeaders.InvokedFunctionArn, arn);
        }

        nextResponses.Enqueue(response);
    }

    public void EnqueueStatus(HttpStatusCode status) =>
        nextResponses.Enqueue(new HttpResponseMessage(status) { Content = new StringContent("{\"errorMessage\":\"container error\"}") });

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        if (request.Method == HttpMethod.Get && path == "/2018-06-01/runtime/invocation/next")
        {
            NextCalls++;
            return nextResponses.TryDequeue(out var next)
                ? next
                : new HttpResponseMessage(HttpStatusCode.InternalServerError) { Content = new StringContent("no more invocations") };
        }

        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        Posts.Add(new RecordedPost(
            path,
            request.Content?.Headers.ContentType?.MediaType,
            request.Headers.TryGetValues(RuntimeApiHeaders.FunctionErrorType, out var types) ? types.Single() : null,
            body));
        return new HttpResponseMessage(ResponseStatus);
    }
}

internal sealed record RecordedPost(string Path, string? ContentType, string? ErrorTypeHeader, byte[] Body)
{
    public string Text => System.Text.Encoding.UTF8.GetString(Body);
}
