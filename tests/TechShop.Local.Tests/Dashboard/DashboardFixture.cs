using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.Data.Sqlite;
using TechShop.Local.Dashboard;

namespace TechShop.Local.Tests.Dashboard;

/// <summary>The dashboard data of a small run and a dashboard server over it on 127.0.0.1 port 0, shared by a test class.</summary>
public sealed class DashboardFixture : IAsyncLifetime
{
    /// <summary>How the tests serialise the figures they compute from the stores, to compare them with the server's JSON.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "techshop-dashboard-" + Guid.NewGuid().ToString("N"));
    private DashboardData? _data;
    private DashboardServer? _server;

    internal DashboardData Data => _data!;

    public DashboardServer Server => _server!;

    public HttpClient Http { get; } = new();

    public async Task InitializeAsync()
    {
        _data = await DashboardData.CreateAsync(_directory);
        _server = await DashboardServer.StartAsync(DashboardSources.Local(_data.Realtime, _data.Warehouse), 0);
        Http.BaseAddress = _server.Url;
    }

    public async Task<JsonNode> GetAsync(string path)
    {
        using var response = await Http.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!;
    }

    public static JsonNode? ToNode<T>(T value) => JsonSerializer.SerializeToNode(value, Json);

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        if (_data is not null)
        {
            await _data.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
