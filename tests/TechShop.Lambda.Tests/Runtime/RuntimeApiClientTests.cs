using System.Net;
using System.Text;
using TechShop.Lambda.Runtime;

namespace TechShop.Lambda.Tests.Runtime;

public sealed class RuntimeApiClientTests
{
    private sealed class StaticHandler(HttpResponseMessage response) : HttpMessageHandler
    {
        public HttpRequestMessage? Request { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Request = request;
            return Task.FromResult(response);
        }
    }

    [Fact]
    public async Task GetNextInvocation_ShouldReadEveryHeaderAndTheEventBody()
    {
        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("""{"Records":[]}""") };
        response.Headers.Add(RuntimeApiHeaders.RequestId, "8476a536-e9f4-11e8-9739-2dfe598c3fcd");
        response.Headers.Add(RuntimeApiHeaders.DeadlineMs, "1772352000000");
        response.Headers.Add(RuntimeApiHeaders.InvokedFunctionArn, "arn:aws:lambda:eu-west-1:111122223333:function:bronze-load");
        response.Headers.Add(RuntimeApiHeaders.TraceId, "Root=1-5bef4de7-ad49b0e87f6ef6c87fc2e700;Parent=9a9197af755a6419;Sampled=1");
        response.Headers.Add(RuntimeApiHeaders.TenantId, "tenant-7");
        var handler = new StaticHandler(response);
        using var client = new RuntimeApiClient("127.0.0.1:9001", handler);

        var invocation = await client.GetNextInvocationAsync(CancellationToken.None);

        Assert.Equal("http://127.0.0.1:9001/2018-06-01/runtime/invocation/next", handler.Request!.RequestUri!.ToString());
        Assert.Equal("8476a536-e9f4-11e8-9739-2dfe598c3fcd", invocation.RequestId);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1772352000000), invocation.Deadline);
        Assert.Equal("arn:aws:lambda:eu-west-1:111122223333:function:bronze-load", invocation.InvokedFunctionArn);
        Assert.Equal("Root=1-5bef4de7-ad49b0e87f6ef6c87fc2e700;Parent=9a9197af755a6419;Sampled=1", invocation.TraceId);
        Assert.Equal("tenant-7", invocation.TenantId);
        Assert.Null(invocation.ClientContext);
        Assert.Equal("""{"Records":[]}""", Encoding.UTF8.GetString(invocation.EventJson.Span));
    }

    [Fact]
    public async Task GetNextInvocation_WhenRequestIdHeaderIsMissing_ShouldThrowNamingTheHeader()
    {
        using var client = new RuntimeApiClient("127.0.0.1:9001", new StaticHandler(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{}") }));

        var error = await Assert.ThrowsAsync<RuntimeApiException>(() => client.GetNextInvocationAsync(CancellationToken.None));

        Assert.Contains(RuntimeApiHeaders.RequestId, error.Message);
    }

    [Fact]
    public async Task GetNextInvocation_WhenApiAnswers403_ShouldThrowWithTheStatusAndBody()
    {
        using var client = new RuntimeApiClient("127.0.0.1:9001", new StaticHandler(
            new HttpResponseMessage(HttpStatusCode.Forbidden) { Content = new StringContent("{\"errorType\":\"Runtime.Forbidden\"}") }));

        var error = await Assert.ThrowsAsync<RuntimeApiException>(() => client.GetNextInvocationAsync(CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, error.Status);
        Assert.Equal("The Lambda Runtime API answered GET /runtime/invocation/next with 403 Forbidden: {\"errorType\":\"Runtime.Forbidden\"}", error.Message);
    }
}
