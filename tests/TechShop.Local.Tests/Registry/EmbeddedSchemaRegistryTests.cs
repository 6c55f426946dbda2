using System.Net;
using System.Text;
using TechShop.Avro.Events;
using TechShop.Avro.Registry;
using TechShop.Avro.Schemas;
using TechShop.Core.Domain;
using TechShop.Local.Registry;

namespace TechShop.Local.Tests.Registry;

public sealed class EmbeddedSchemaRegistryTests : IAsyncLifetime
{
    private const string V1 = """{"type":"record","name":"Thing","namespace":"t","fields":[{"name":"a","type":"int"}]}""";
    private const string V2 = """{"type":"record","name":"Thing","namespace":"t","fields":[{"name":"a","type":"int"},{"name":"b","type":["null","string"],"default":null}]}""";
    private const string Breaking = """{"type":"record","name":"Thing","namespace":"t","fields":[{"name":"a","type":"int"},{"name":"c","type":"string"}]}""";
    private static readonly HttpClient Http = new();
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "techshop-registry-" + Guid.NewGuid().ToString("N"));
    private EmbeddedSchemaRegistry _registry = null!;

    public async Task InitializeAsync() => _registry = await StartAsync();

    public async Task DisposeAsync()
    {
        await _registry.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Register_WhenTheSameSchemaComesAgain_ShouldReturnTheSameIdEvenAcrossSubjectsAndFormatting()
    {
        var client = Client();

        var first = await client.RegisterSchemaAsync("things-value", V1);
        var again = await Client().RegisterSchemaAsync("things-value", V1.Replace(",", ", ", StringComparison.Ordinal));
        var otherSubject = await client.RegisterSchemaAsync("other-value", V1);

        Assert.Equal((1, 1, 1), (first, again, otherSubject));
        Assert.Equal([1], _registry.Store.VersionNumbers("things-value"));
    }

    [Fact]
    public async Task GetSchemaAndLatest_ShouldReturnWhatWasRegistered()
    {
        var client = Client();
        var v1 = await client.RegisterSchemaAsync("things-value", V1);
        var v2 = await client.RegisterSchemaAsync("things-value", V2);

        var byId = await client.GetSchemaAsync(v1);
        var latest = await client.GetLatestSchemaAsync("things-value");
        var lookedUp = await client.LookupSchemaAsync("things-value", V1);

        Assert.Equal(global::Avro.Schema.Parse(V1).ToString(), byId);
        Assert.Equal(("things-value", v2, 2), (latest.Subject, latest.Id, latest.Version));
        Assert.Equal((v1, 1), (lookedUp.Id, lookedUp.Version));
    }

    [Theory]
    [InlineData("GET", "/subjects/nothing/versions/latest", null, 404, 40401)]
    [InlineData("GET", "/subjects/things-value/versions/9", null, 404, 40402)]
    [InlineData("GET", "/schemas/ids/77", null, 404, 40403)]
    [InlineData("POST", "/subjects/things-value", """{"schema":"\"string\""}""", 404, 40403)]
    [InlineData("GET", "/subjects/things-value/versions/first", null, 422, 42202)]
    [InlineData("POST", "/subjects/things-value/versions", """{"schema":"{\"type\":\"nonsense\"}"}""", 422, 42201)]
    [InlineData("PUT", "/config", """{"compatibility":"SIDEWAYS"}""", 422, 42203)]
    public async Task Errors_ShouldAnswerConfluentErrorBodies(string method, string path, string? body, int status, int errorCode)
    {
        await Client().RegisterSchemaAsync("things-value", V1);
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(_registry.Url, path.TrimStart('/')));
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/vnd.schemaregistry.v1+json");
        }

        using var response = await Http.SendAsync(request);
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal((HttpStatusCode)status, response.StatusCode);
        Assert.Equal(errorCode, json.RootElement.GetProperty("error_code").GetInt32());
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task Register_WhenTheSchemaIsNotBackwardCompatible_ShouldAnswer409With40901()
    {
        var client = Client();
        await client.RegisterSchemaAsync("things-value", V1);

        var ex = await Assert.ThrowsAsync<SchemaRegistryException>(() => client.RegisterSchemaAsync("things-value", Breaking));

        Assert.Equal((409, 40901), (ex.StatusCode, ex.ErrorCode));
        Assert.Contains("'c' is new in the reader and has no default", ex.RegistryMessage, StringComparison.Ordinal);
        Assert.Equal([1], _registry.Store.VersionNumbers("things-value"));
    }

    [Fact]
    public async Task Register_WhenCompatibilityIsNone_ShouldAcceptABreakingChange()
    {
        await Client().RegisterSchemaAsync("things-value", V1);
        using var put = await Http.PutAsync(new Uri(_registry.Url, "config/things-value"), new StringContent("""{"compatibility":"NONE"}""", Encoding.UTF8, "application/json"));

        var id = await Client().RegisterSchemaAsync("things-value", Breaking);

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(2, id);
        Assert.Equal("""{"compatibilityLevel":"BACKWARD"}""", await Http.GetStringAsync(new Uri(_registry.Url, "config")));
    }

    [Fact]
    public async Task CompatibilityCheck_ShouldTellWithoutRegistering()
    {
        await Client().RegisterSchemaAsync("things-value", V1);

        using var compatible = await PostSchemaAsync("compatibility/subjects/things-value/versions/latest", V2);
        using var breaking = await PostSchemaAsync("compatibility/subjects/things-value/versions/latest", Breaking);

        Assert.Equal("""{"is_compatible":true}""", await compatible.Content.ReadAsStringAsync());
        Assert.Equal("""{"is_compatible":false}""", await breaking.Content.ReadAsStringAsync());
        Assert.Equal([1], _registry.Store.VersionNumbers("things-value"));
    }

    [Fact]
    public async Task Restart_ShouldKeepIdsAndContinueNumbering()
    {
        var v1 = await Client().RegisterSchemaAsync("things-value", V1);
        var v2 = await Client().RegisterSchemaAsync("things-value", V2);
        await _registry.DisposeAsync();

        _registry = await StartAsync();
        var client = Client();

        Assert.Equal(global::Avro.Schema.Parse(V2).ToString(), await client.GetSchemaAsync(v2));
        Assert.Equal(v1, await client.RegisterSchemaAsync("things-value", V1));
        Assert.Equal(3, await client.RegisterSchemaAsync("more-value", """{"type":"record","name":"More","fields":[]}"""));
        Assert.Equal(2, (await client.GetLatestSchemaAsync("things-value")).Version);
    }

    [Fact]
    public async Task EventEncoderAndDecoder_ThroughTheRegistry_ShouldRoundTripV1AndV2Events()
    {
        var client = Client();
        var v1Id = await client.RegisterSchemaAsync("orders-value", EventSchemas.Json(EventSchemas.OrderEventV1));
        var order = new OrderEvent(Guid.NewGuid(), OrderStatus.Paid, 1001, new DateTime(2024, 6, 1, 9, 0, 0, DateTimeKind.Utc), new DateOnly(2024, 6, 1), null, 7, 3, SalesChannel.Online, "EUR", PaymentMethod.PayPal, [new OrderLine(1, 42, 2, 199.99m)])
        {
            CouponCode = "SUMMER24",
        };

        var framed = await new EventEncoder(client).EncodeAsync("orders", order);
        var decoded = await new EventDecoder(Client()).DecodeAsync("orders", framed);

        var roundTripped = Assert.IsType<OrderEvent>(decoded.Value);
        Assert.Equal(v1Id + 1, decoded.SchemaId);
        Assert.Equal("SUMMER24", roundTripped.CouponCode);
        Assert.Equal(order.Lines, roundTripped.Lines);
    }

    private async Task<HttpResponseMessage> PostSchemaAsync(string path, string schema)
    {
        var body = System.Text.Json.JsonSerializer.Serialize(schema);
        return await Http.PostAsync(new Uri(_registry.Url, path), new StringContent("{\"schema\":" + body + "}", Encoding.UTF8, "application/json"));
    }

    private Task<EmbeddedSchemaRegistry> StartAsync() => EmbeddedSchemaRegistry.StartAsync(new EmbeddedSchemaRegistryOptions { DataDirectory = _directory });

    private SchemaRegistryClient Client() => new(Http, new SchemaRegistryClientOptions { Url = _registry.Url, MaxRetries = 0 });
}
