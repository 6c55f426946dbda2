using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using TechShop.Lambda.Serialization;

namespace TechShop.Lambda.Runtime;

/// <summary>
/// A client of the Lambda Runtime API at <c>http://{AWS_LAMBDA_RUNTIME_API}/2018-06-01</c>: next invocation,
/// response, invocation error and initialization error.
/// </summary>
public sealed class RuntimeApiClient : IDisposable
{
    /// <summary>Lambda cuts error bodies at 256 KB; above it the body goes without stack traces and causes.</summary>
    public const int MaxErrorBodyBytes = 256 * 1024;

    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json");
    private static readonly MediaTypeHeaderValue ErrorContentType = new(RuntimeApiHeaders.ErrorContentType);
    private readonly HttpClient http;

    /// <param name="runtimeApi">The <c>host:port</c> of <c>AWS_LAMBDA_RUNTIME_API</c>.</param>
    /// <param name="handler">The HTTP handler; a fresh <see cref="SocketsHttpHandler"/> by default.</param>
    public RuntimeApiClient(string runtimeApi, HttpMessageHandler? handler = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(runtimeApi);
        http = new HttpClient(handler ?? new SocketsHttpHandler { UseProxy = false, UseCookies = false })
        {
            BaseAddress = new Uri($"http://{runtimeApi}/2018-06-01/"),
            // The process can be frozen between invocations for hours: /next must never time out on our side.
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    /// <summary>Long-polls <c>GET /runtime/invocation/next</c> until the next event arrives.</summary>
    public async Task<RuntimeInvocation> GetNextInvocationAsync(CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync("runtime/invocation/next", HttpCompletionOption.ResponseContentRead, cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw await FailureAsync("GET /runtime/invocation/next", response, cancellationToken);
        }

        var requestId = Header(response, RuntimeApiHeaders.RequestId)
            ?? throw new RuntimeApiException($"The Lambda Runtime API sent an invocation without the {RuntimeApiHeaders.RequestId} header.");
        var deadline = long.TryParse(Header(response, RuntimeApiHeaders.DeadlineMs), NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms)
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
            : DateTimeOffset.MaxValue;
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return new RuntimeInvocation(
            requestId,
            deadline,
            Header(response, RuntimeApiHeaders.InvokedFunctionArn),
            Header(response, RuntimeApiHeaders.TraceId),
            Header(response, RuntimeApiHeaders.ClientContext),
            Header(response, RuntimeApiHeaders.CognitoIdentity),
            Header(response, RuntimeApiHeaders.TenantId),
            body);
    }

    /// <summary>
    /// Posts the handler's response. Returns false when Lambda rejects it as too large (413), so that the caller can
    /// report an error instead.
    /// </summary>
    public async Task<bool> SendResponseAsync(string requestId, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(requestId);
        using var content = new ReadOnlyMemoryContent(payload);
        content.Headers.ContentType = JsonContentType;
        var path = $"runtime/invocation/{Uri.EscapeDataString(requestId)}/response";
        using var response = await http.PostAsync(path, content, cancellationToken);
        if (response.StatusCode == HttpStatusCode.RequestEntityTooLarge)
        {
            return false;
        }

        await EnsureAcceptedAsync($"POST /{path}", response, cancellationToken);
        return true;
    }

    /// <summary>Posts an invocation error to <c>/runtime/invocation/{requestId}/error</c>.</summary>
    public Task ReportInvocationErrorAsync(string requestId, LambdaError error, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(requestId);
        return PostErrorAsync($"runtime/invocation/{Uri.EscapeDataString(requestId)}/error", error, cancellationToken);
    }

    /// <summary>Posts a fatal initialization error to <c>/runtime/init/error</c>; the runtime must exit afterwards.</summary>
    public Task ReportInitializationErrorAsync(LambdaError error, CancellationToken cancellationToken) =>
        PostErrorAsync("runtime/init/error", error, cancellationToken);

    public void Dispose() => http.Dispose();

    /// <summary>The error body as posted: UTF-8 JSON, without details when it would pass <see cref="MaxErrorBodyBytes"/>.</summary>
    public static byte[] SerializeError(LambdaError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var body = JsonSerializer.SerializeToUtf8Bytes(error, LambdaJsonContext.Default.LambdaError);
        if (body.Length <= MaxErrorBodyBytes)
        {
            return body;
        }

        var shortMessage = error.ErrorMessage.Length > 4096 ? error.ErrorMessage[..4096] : error.ErrorMessage;
        return JsonSerializer.SerializeToUtf8Bytes(
            error.WithoutDetails() with { ErrorMessage = shortMessage }, LambdaJsonContext.Default.LambdaError);
    }

    private async Task PostErrorAsync(string path, LambdaError error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(error);
        using var content = new ByteArrayContent(SerializeError(error));
        content.Headers.ContentType = ErrorContentType;
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        request.Headers.TryAddWithoutValidation(RuntimeApiHeaders.FunctionErrorType, error.ErrorType);
        using var response = await http.SendAsync(request, cancellationToken);
        await EnsureAcceptedAsync($"POST /{path}", response, cancellationToken);
    }

    private static async Task EnsureAcceptedAsync(string request, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw await FailureAsync(request, response, cancellationToken);
        }
    }

    private static async Task<RuntimeApiException> FailureAsync(string request, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return new RuntimeApiException(request, response.StatusCode, body);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() is { Length: > 0 } v ? v : null : null;
}
