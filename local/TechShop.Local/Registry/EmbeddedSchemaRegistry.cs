using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TechShop.Local.Registry;

/// <summary>
/// A Confluent-compatible schema registry on 127.0.0.1 serving the REST subset serializers use (PROTOCOLS.md §6.2):
/// register, lookup, get by id, subject versions, compatibility check and config. Any Confluent client can use it.
/// </summary>
public sealed class EmbeddedSchemaRegistry : IAsyncDisposable
{
    private readonly WebApplication _app;

    private EmbeddedSchemaRegistry(WebApplication app, SchemaRegistryStore store, Uri url)
    {
        _app = app;
        Store = store;
        Url = url;
    }

    /// <summary>Base URL, e.g. <c>http://127.0.0.1:41234/</c>: the value for TECHSHOP_SCHEMA_REGISTRY_URL.</summary>
    public Uri Url { get; }

    public SchemaRegistryStore Store { get; }

    /// <summary>Loads the state in <see cref="EmbeddedSchemaRegistryOptions.DataDirectory"/> and starts listening.</summary>
    public static async Task<EmbeddedSchemaRegistry> StartAsync(EmbeddedSchemaRegistryOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.DataDirectory))
        {
            throw new ArgumentException("EmbeddedSchemaRegistryOptions.DataDirectory is required (e.g. ./.techshop/registry).", nameof(options));
        }

        if (options.Port is < 0 or > 65535)
        {
            throw new ArgumentException($"EmbeddedSchemaRegistryOptions.Port must be 0..65535, was {options.Port}.", nameof(options));
        }

        var store = new SchemaRegistryStore(options.DataDirectory, options.DefaultCompatibility);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{options.Port}");
        var app = builder.Build();
        MapRoutes(app, store);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new EmbeddedSchemaRegistry(app, store, new Uri(address.TrimEnd('/') + "/"));
    }

    public Task StopAsync(CancellationToken cancellationToken = default) => _app.StopAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static void MapRoutes(WebApplication app, SchemaRegistryStore store)
    {
        app.MapPost("/subjects/{subject}/versions", Handle(async ctx =>
        {
            var (schema, _) = await ReadSchemaBodyAsync(ctx).ConfigureAwait(false);
            await RegistryJsonWriter.Id(ctx, store.Register(Route(ctx, "subject"), schema)).ConfigureAwait(false);
        }));
        app.MapPost("/subjects/{subject}", Handle(async ctx =>
        {
            var (schema, _) = await ReadSchemaBodyAsync(ctx).ConfigureAwait(false);
            await RegistryJsonWriter.Registered(ctx, store.Lookup(Route(ctx, "subject"), schema)).ConfigureAwait(false);
        }));
        app.MapGet("/schemas/ids/{id}", Handle(ctx =>
        {
            var id = int.TryParse(Route(ctx, "id"), System.Globalization.CultureInfo.InvariantCulture, out var value)
                ? value
                : throw RegistryErrorException.SchemaNotFound(Route(ctx, "id"));
            var schema = store.GetById(id);
            return RegistryJsonWriter.WriteAsync(ctx, 200, json =>
            {
                json.WriteStartObject();
                json.WriteString("schema", schema);
                json.WriteEndObject();
            });
        }));
        app.MapGet("/subjects", Handle(ctx => RegistryJsonWriter.WriteAsync(ctx, 200, json => WriteArray(json, store.Subjects(), (j, s) => j.WriteStringValue(s)))));
        app.MapGet("/subjects/{subject}/versions", Handle(ctx =>
            RegistryJsonWriter.WriteAsync(ctx, 200, json => WriteArray(json, store.VersionNumbers(Route(ctx, "subject")), (j, v) => j.WriteNumberValue(v)))));
        app.MapGet("/subjects/{subject}/versions/{version}", Handle(ctx =>
            RegistryJsonWriter.Registered(ctx, store.GetVersion(Route(ctx, "subject"), Route(ctx, "version")))));
        app.MapPost("/compatibility/subjects/{subject}/versions/{version}", Handle(async ctx =>
        {
            var (schema, _) = await ReadSchemaBodyAsync(ctx).ConfigureAwait(false);
            var problems = store.CheckCompatibility(Route(ctx, "subject"), Route(ctx, "version"), schema);
            var verbose = string.Equals(ctx.Request.Query["verbose"], "true", StringComparison.OrdinalIgnoreCase);
            await RegistryJsonWriter.WriteAsync(ctx, 200, json =>
            {
                json.WriteStartObject();
                json.WriteBoolean("is_compatible", problems.Count == 0);
                if (verbose)
                {
                    json.WritePropertyName("messages");
                    WriteArray(json, problems, (j, p) => j.WriteStringValue(p));
                }

                json.WriteEndObject();
            }).ConfigureAwait(false);
        }));
        app.MapGet("/config", Handle(ctx => WriteConfig(ctx, store, null)));
        app.MapGet("/config/{subject}", Handle(ctx => WriteConfig(ctx, store, Route(ctx, "subject"))));
        app.MapPut("/config", Handle(ctx => PutConfigAsync(ctx, store, null)));
        app.MapPut("/config/{subject}", Handle(ctx => PutConfigAsync(ctx, store, Route(ctx, "subject"))));
        app.MapFallback(Handle(ctx => throw new RegistryErrorException(404, 404, $"HTTP 404 Not Found: {ctx.Request.Method} {ctx.Request.Path}")));
    }

    private static RequestDelegate Handle(Func<HttpContext, Task> handler) => async ctx =>
    {
        try
        {
            await handler(ctx).ConfigureAwait(false);
        }
        catch (RegistryErrorException ex)
        {
            await RegistryJsonWriter.Error(ctx, ex).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            await RegistryJsonWriter.Error(ctx, new RegistryErrorException(500, 50001, "Error in the backend data store: " + ex.Message)).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && !ctx.Response.HasStarted)
        {
            // A client must always get the error body shape, even for a fault of ours.
            await RegistryJsonWriter.Error(ctx, new RegistryErrorException(500, 50001, $"Internal error: {ex.GetType().Name}: {ex.Message}")).ConfigureAwait(false);
        }
    };

    private static string Route(HttpContext ctx, string name) => Uri.UnescapeDataString(ctx.GetRouteValue(name)?.ToString() ?? string.Empty);

    private static Task WriteConfig(HttpContext ctx, SchemaRegistryStore store, string? subject) =>
        RegistryJsonWriter.WriteAsync(ctx, 200, json =>
        {
            json.WriteStartObject();
            json.WriteString("compatibilityLevel", CompatibilityLevels.Format(store.GetCompatibility(subject)));
            json.WriteEndObject();
        });

    private static async Task PutConfigAsync(HttpContext ctx, SchemaRegistryStore store, string? subject)
    {
        using var body = await ReadJsonAsync(ctx).ConfigureAwait(false);
        var name = body.RootElement.TryGetProperty("compatibility", out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new RegistryErrorException(422, 42203, "Body must be {\"compatibility\": \"<level>\"}.");
        store.SetCompatibility(subject, CompatibilityLevels.Parse(name));
        await RegistryJsonWriter.WriteAsync(ctx, 200, json =>
        {
            json.WriteStartObject();
            json.WriteString("compatibility", name);
            json.WriteEndObject();
        }).ConfigureAwait(false);
    }

    private static async Task<(string Schema, string SchemaType)> ReadSchemaBodyAsync(HttpContext ctx)
    {
        using var body = await ReadJsonAsync(ctx).ConfigureAwait(false);
        var root = body.RootElement;
        var schemaType = root.TryGetProperty("schemaType", out var type) && type.ValueKind == JsonValueKind.String ? type.GetString()! : "AVRO";
        if (!string.Equals(schemaType, "AVRO", StringComparison.OrdinalIgnoreCase))
        {
            throw RegistryErrorException.InvalidSchema($"schemaType {schemaType} is not supported; the embedded registry holds AVRO schemas only.");
        }

        if (root.TryGetProperty("references", out var references) && references.ValueKind == JsonValueKind.Array && references.GetArrayLength() > 0)
        {
            throw RegistryErrorException.InvalidSchema("schema references are not supported by the embedded registry.");
        }

        return root.TryGetProperty("schema", out var schema) && schema.ValueKind == JsonValueKind.String
            ? (schema.GetString()!, schemaType)
            : throw RegistryErrorException.InvalidSchema("the body has no \"schema\" string.");
    }

    private static async Task<JsonDocument> ReadJsonAsync(HttpContext ctx)
    {
        try
        {
            return await JsonDocument.ParseAsync(ctx.Request.Body).ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            throw new RegistryErrorException(400, 400, "Request body is not JSON: " + ex.Message);
        }
    }

    private static void WriteArray<T>(Utf8JsonWriter json, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        json.WriteStartArray();
        foreach (var item in items)
        {
            write(json, item);
        }

        json.WriteEndArray();
    }
}
