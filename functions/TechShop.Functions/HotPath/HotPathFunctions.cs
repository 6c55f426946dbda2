using TechShop.Avro.Events;
using TechShop.Avro.Registry;
using TechShop.Avro.Streaming;
using TechShop.Core.Streaming;
using TechShop.Keyspaces.Realtime;
using TechShop.Lake;

namespace TechShop.Functions.HotPath;

/// <summary>
/// The hot path's production composition: the Confluent registry at <c>TECHSHOP_SCHEMA_REGISTRY_URL</c>, Keyspaces from
/// <c>TECHSHOP_KEYSPACES_ENDPOINT</c>/<c>TECHSHOP_KEYSPACE</c>, the S3 lake <c>TECHSHOP_LAKE_BUCKET</c>. Settings are
/// checked here (a bad one fails initialization, naming it); connections open on first use, so an unreachable
/// endpoint fails an invocation, which Lambda retries, rather than the function's start.
/// </summary>
public static class HotPathFunctions
{
    /// <summary>The environment variable naming the schema registry's base URL.</summary>
    public const string SchemaRegistryUrlVariable = "TECHSHOP_SCHEMA_REGISTRY_URL";

    /// <summary><c>stream-enrich</c> over the registry, Keyspaces and the S3 lake (dead letters).</summary>
    public static StreamEnrichHandler CreateStreamEnrich(Func<string, string?>? getVariable = null)
    {
        getVariable ??= Environment.GetEnvironmentVariable;
        var registry = new SchemaRegistryClient(new HttpClient(), new SchemaRegistryClientOptions { Url = RegistryUrl(getVariable) });
        var lake = Lake(getVariable);
        var store = new LazyRealtimeStore(async ct => await KeyspacesRealtimeStore.FromEnvironmentAsync(ct));
        return new StreamEnrichHandler(new AvroStreamRecordDecoder(new EventDecoder(registry)), store, new LakeDeadLetterSink(lake));
    }

    /// <summary><c>stream-archive</c> into the S3 lake.</summary>
    public static StreamArchiveHandler CreateStreamArchive(Func<string, string?>? getVariable = null) =>
        new(Lake(getVariable ?? Environment.GetEnvironmentVariable));

    /// <summary>The registry URL of the environment, or an error naming the variable and what it must hold.</summary>
    public static Uri RegistryUrl(Func<string, string?> getVariable)
    {
        ArgumentNullException.ThrowIfNull(getVariable);
        var value = getVariable(SchemaRegistryUrlVariable);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidOperationException(
                $"{SchemaRegistryUrlVariable} is not set: {Topics.Orders}, {Topics.Customers} and {Topics.FxRates} values need the schema registry's base URL, e.g. https://registry.example.com:8081.");
        }

        return Uri.TryCreate(value, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
            ? url
            : throw new InvalidOperationException($"{SchemaRegistryUrlVariable} '{value}' is not an absolute http(s) URL such as https://registry.example.com:8081.");
    }

    private static S3Lake Lake(Func<string, string?> getVariable) => new S3Lake(S3LakeOptions.FromEnvironment(getVariable));
}
