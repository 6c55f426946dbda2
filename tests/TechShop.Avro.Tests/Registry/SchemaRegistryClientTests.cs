using TechShop.Avro.Registry;
using TechShop.Avro.Tests.Support;

namespace TechShop.Avro.Tests.Registry;

public sealed class SchemaRegistryClientTests
{
    private static readonly HttpClient Http = new();

    [Fact]
    public async Task RegisterSchemaAsync_ShouldPostTheSchemaAsAJsonStringAndReturnTheId()
    {
        await using var server = await ScriptedRegistryServer.StartAsync((_, _) => (200, """{"id":7}"""));

        var id = await Client(server).RegisterSchemaAsync("orders-value", """{"type":"string"}""");

        Assert.Equal(7, id);
        var request = Assert.Single(server.Requests);
        Assert.Equal(("POST", "/subjects/orders-value/versions"), (request.Method, request.Path));
        Assert.Equal("""{"schema":"{\u0022type\u0022:\u0022string\u0022}"}""", request.Body);
    }

    [Fact]
    public async Task GetSchemaAsync_WhenTheRegistryAnswers5xxThenSucceeds_ShouldRetryAndCacheTheSchema()
    {
        await using var server = await ScriptedRegistryServer.StartAsync((n, _) => n <= 2
            ? (503, """{"error_code":50003,"message":"Error while forwarding the request to the leader"}""")
            : (200, """{"schema":"\"long\""}"""));
        var client = Client(server);

        var first = await client.GetSchemaAsync(3);
        var second = await client.GetSchemaAsync(3);

        Assert.Equal("\"long\"", first);
        Assert.Equal(first, second);
        Assert.Equal(3, server.Requests.Count);
        Assert.All(server.Requests, r => Assert.Equal("/schemas/ids/3", r.Path));
    }

    [Fact]
    public async Task GetSchemaAsync_WhenTheRegistryKeepsFailing_ShouldGiveUpAfterTheRetriesAsUnavailable()
    {
        await using var server = await ScriptedRegistryServer.StartAsync((_, _) => (500, """{"error_code":50001,"message":"Error in the backend data store"}"""));

        var ex = await Assert.ThrowsAsync<SchemaRegistryUnavailableException>(() => Client(server, retries: 2).GetSchemaAsync(1));

        Assert.Equal(3, server.Requests.Count);
        Assert.Contains("after 3 attempts", ex.Message, StringComparison.Ordinal);
        Assert.Equal(50001, Assert.IsType<SchemaRegistryException>(ex.InnerException).ErrorCode);
    }

    [Fact]
    public async Task GetSchemaAsync_WhenTheRegistryAnswers404_ShouldSurfaceTheErrorCodeWithoutRetrying()
    {
        await using var server = await ScriptedRegistryServer.StartAsync((_, _) => (404, """{"error_code":40403,"message":"Schema 99 not found"}"""));

        var ex = await Assert.ThrowsAsync<SchemaRegistryException>(() => Client(server).GetSchemaAsync(99));

        Assert.Equal((404, 40403, "Schema 99 not found"), (ex.StatusCode, ex.ErrorCode, ex.RegistryMessage));
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task RegisterSchemaAsync_WhenTheSchemaIsIncompatible_ShouldSurface40901()
    {
        await using var server = await ScriptedRegistryServer.StartAsync((_, _) => (409, """{"error_code":40901,"message":"Schema being registered is incompatible with an earlier schema"}"""));

        var ex = await Assert.ThrowsAsync<SchemaRegistryException>(() => Client(server).RegisterSchemaAsync("orders-value", "\"int\""));

        Assert.Equal(40901, ex.ErrorCode);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task GetSchemaAsync_WhenNothingListens_ShouldRetryTransportErrorsThenReportUnavailable()
    {
        Uri url;
        await using (var server = await ScriptedRegistryServer.StartAsync((_, _) => (200, "{}")))
        {
            url = server.Url;
        }

        var client = new SchemaRegistryClient(Http, new SchemaRegistryClientOptions { Url = url, MaxRetries = 1, InitialBackoff = TimeSpan.FromMilliseconds(1), MaxBackoff = TimeSpan.FromMilliseconds(2) });

        var ex = await Assert.ThrowsAsync<SchemaRegistryUnavailableException>(() => client.GetSchemaAsync(1));

        Assert.IsType<HttpRequestException>(ex.InnerException);
    }

    [Fact]
    public async Task GetLatestSchemaAsync_ShouldReturnSubjectIdVersionAndSchema()
    {
        await using var server = await ScriptedRegistryServer.StartAsync((_, _) => (200, """{"subject":"fx-rates-value","id":4,"version":2,"schema":"\"string\""}"""));

        var latest = await Client(server).GetLatestSchemaAsync("fx-rates-value");

        Assert.Equal(new RegisteredSchema("fx-rates-value", 4, 2, "\"string\""), latest);
        Assert.Equal("/subjects/fx-rates-value/versions/latest", Assert.Single(server.Requests).Path);
    }

    [Fact]
    public void Constructor_WhenTheUrlIsMissing_ShouldNameTheSetting()
    {
        var ex = Assert.Throws<ArgumentException>(() => new SchemaRegistryClient(Http, new SchemaRegistryClientOptions()));

        Assert.Contains("SchemaRegistryClientOptions.Url", ex.Message, StringComparison.Ordinal);
    }

    private static SchemaRegistryClient Client(ScriptedRegistryServer server, int retries = 4) => new(Http, new SchemaRegistryClientOptions
    {
        Url = server.Url,
        MaxRetries = retries,
        InitialBackoff = TimeSpan.FromMilliseconds(1),
        MaxBackoff = TimeSpan.FromMilliseconds(5),
    });
}
