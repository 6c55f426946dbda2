using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace TechShop.Avro.Registry;

/// <summary>
/// Confluent Schema Registry REST client: caches id→schema and subject+schema→id (both immutable in the registry),
/// retries 5xx, 429 and transport errors with jittered exponential backoff, and surfaces 4xx as <see cref="SchemaRegistryException"/>.
/// </summary>
public sealed class SchemaRegistryClient : ISchemaRegistryClient
{
    private const string ContentType = "application/vnd.schemaregistry.v1+json";
    private readonly HttpClient _http;
    private readonly SchemaRegistryClientOptions _options;
    private readonly Uri _baseUrl;
    private readonly ConcurrentDictionary<int, string> _schemasById = new();
    private readonly ConcurrentDictionary<(string Subject, string Schema), int> _idsBySubjectSchema = new();

    public SchemaRegistryClient(HttpClient httpClient, SchemaRegistryClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _http = httpClient;
        _options = options;
        var url = options.Url!.ToString();
        _baseUrl = new Uri(url.EndsWith('/') ? url : url + "/");
    }

    public async Task<int> RegisterSchemaAsync(string subject, string schema, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(subject);
        ArgumentException.ThrowIfNullOrEmpty(schema);
        if (_idsBySubjectSchema.TryGetValue((subject, schema), out var cached))
        {
            return cached;
        }

        var response = await SendAsync(HttpMethod.Post, $"subjects/{Uri.EscapeDataString(subject)}/versions", new RegistrySchemaRequest(schema), cancellationToken).ConfigureAwait(false);
        var id = response.Id ?? throw Missing("id", $"registering a schema under '{subject}'");
        _idsBySubjectSchema[(subject, schema)] = id;
        _schemasById.TryAdd(id, schema);
        return id;
    }

    public async Task<string> GetSchemaAsync(int id, CancellationToken cancellationToken = default)
    {
        if (_schemasById.TryGetValue(id, out var cached))
        {
            return cached;
        }

        var response = await SendAsync(HttpMethod.Get, $"schemas/ids/{id}", null, cancellationToken).ConfigureAwait(false);
        if (response.SchemaType is { } type && !string.Equals(type, "AVRO", StringComparison.OrdinalIgnoreCase))
        {
            throw new SchemaRegistryException(200, 0, $"schema {id} is of type {type}, not AVRO", $"GET /schemas/ids/{id}");
        }

        var schema = response.Schema ?? throw Missing("schema", $"fetching schema id {id}");
        return _schemasById.GetOrAdd(id, schema);
    }

    public async Task<RegisteredSchema> GetLatestSchemaAsync(string subject, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(subject);
        var response = await SendAsync(HttpMethod.Get, $"subjects/{Uri.EscapeDataString(subject)}/versions/latest", null, cancellationToken).ConfigureAwait(false);
        return ToRegistered(response, subject, "fetching the latest version of " + subject);
    }

    public async Task<RegisteredSchema> LookupSchemaAsync(string subject, string schema, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(subject);
        ArgumentException.ThrowIfNullOrEmpty(schema);
        var response = await SendAsync(HttpMethod.Post, $"subjects/{Uri.EscapeDataString(subject)}", new RegistrySchemaRequest(schema), cancellationToken).ConfigureAwait(false);
        var registered = ToRegistered(response, subject, "looking up a schema under " + subject);
        _idsBySubjectSchema[(subject, schema)] = registered.Id;
        return registered;
    }

    private static RegisteredSchema ToRegistered(RegistryResponse response, string subject, string what) => new(
        response.Subject ?? subject,
        response.Id ?? throw Missing("id", what),
        response.Version ?? throw Missing("version", what),
        response.Schema ?? throw Missing("schema", what));

    private static SchemaRegistryUnavailableException Missing(string field, string what) =>
        new($"Schema registry answer to {what} has no '{field}' field.", null);

    private async Task<RegistryResponse> SendAsync(HttpMethod method, string path, RegistrySchemaRequest? body, CancellationToken cancellationToken)
    {
        var description = $"{method} /{path}";
        Exception? lastFailure = null;
        for (var attempt = 0; ; attempt++)
        {
            if (attempt > 0)
            {
                await Task.Delay(Backoff(attempt), cancellationToken).ConfigureAwait(false);
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_options.RequestTimeout);
            try
            {
                using var request = new HttpRequestMessage(method, new Uri(_baseUrl, path));
                request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(ContentType));
                if (body is not null)
                {
                    request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, RegistryJsonContext.Default.RegistrySchemaRequest));
                    request.Content.Headers.ContentType = new MediaTypeHeaderValue(ContentType);
                }

                using var response = await _http.SendAsync(request, timeout.Token).ConfigureAwait(false);
                var content = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    return Deserialize(content, RegistryJsonContext.Default.RegistryResponse, description)
                        ?? throw new SchemaRegistryUnavailableException($"Schema registry answered {description} with an empty body.", null);
                }

                var status = (int)response.StatusCode;
                var error = TryDeserializeError(content);
                if (status >= 500 || response.StatusCode == HttpStatusCode.TooManyRequests || response.StatusCode == HttpStatusCode.RequestTimeout)
                {
                    lastFailure = new SchemaRegistryException(status, error?.ErrorCode ?? status, error?.Message ?? response.ReasonPhrase ?? string.Empty, description);
                }
                else
                {
                    throw new SchemaRegistryException(status, error?.ErrorCode ?? status, error?.Message ?? response.ReasonPhrase ?? string.Empty, description);
                }
            }
            catch (HttpRequestException ex)
            {
                lastFailure = ex;
            }
            catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
            {
                // Our own per-attempt timeout fired, not the caller's token: a transient failure.
                lastFailure = ex;
            }

            if (attempt >= _options.MaxRetries)
            {
                throw new SchemaRegistryUnavailableException(
                    $"Schema registry at {_baseUrl} failed {description} after {attempt + 1} attempts: {lastFailure?.Message}", lastFailure);
            }
        }
    }

    private TimeSpan Backoff(int retry)
    {
        var exponential = _options.InitialBackoff.TotalMilliseconds * Math.Pow(2, retry - 1);
        var capped = Math.Min(exponential, _options.MaxBackoff.TotalMilliseconds);

        // Equal jitter: half fixed, half random, so that many Lambdas retrying at once spread out.
        return TimeSpan.FromMilliseconds((capped / 2) + (Random.Shared.NextDouble() * capped / 2));
    }

    private static T? Deserialize<T>(byte[] content, JsonTypeInfo<T> type, string description)
    {
        try
        {
            return JsonSerializer.Deserialize(content, type);
        }
        catch (JsonException ex)
        {
            throw new SchemaRegistryUnavailableException($"Schema registry answered {description} with a body that is not registry JSON: {ex.Message}", ex);
        }
    }

    private static RegistryError? TryDeserializeError(byte[] content)
    {
        try
        {
            return content.Length == 0 ? null : JsonSerializer.Deserialize(content, RegistryJsonContext.Default.RegistryError);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
