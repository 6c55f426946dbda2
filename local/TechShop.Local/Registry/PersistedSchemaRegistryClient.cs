using TechShop.Avro.Registry;

namespace TechShop.Local.Registry;

/// <summary>
/// A schema registry client that reads the embedded registry's persisted state (<c>&lt;data-dir&gt;/registry</c>) in
/// process, for local handlers that run without the registry's HTTP server. An id it does not hold makes it reload the
/// state once (a running registry may have registered it since); registry errors surface as
/// <see cref="SchemaRegistryException"/> with the REST status and error code the HTTP client would report.
/// </summary>
public sealed class PersistedSchemaRegistryClient : ISchemaRegistryClient
{
    private readonly string _directory;
    private SchemaRegistryStore _store;

    /// <param name="directory">The registry's state directory (the embedded registry's <c>DataDirectory</c>).</param>
    public PersistedSchemaRegistryClient(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        _directory = directory;
        _store = new SchemaRegistryStore(directory);
    }

    public Task<int> RegisterSchemaAsync(string subject, string schema, CancellationToken cancellationToken = default) =>
        Task.FromResult(Call($"POST /subjects/{subject}/versions", () => _store.Register(subject, schema)));

    public Task<string> GetSchemaAsync(int id, CancellationToken cancellationToken = default)
    {
        try
        {
            return Task.FromResult(_store.GetById(id));
        }
        catch (RegistryErrorException ex) when (ex.StatusCode == 404)
        {
            Volatile.Write(ref _store, new SchemaRegistryStore(_directory));
            return Task.FromResult(Call($"GET /schemas/ids/{id}", () => _store.GetById(id)));
        }
    }

    public Task<RegisteredSchema> GetLatestSchemaAsync(string subject, CancellationToken cancellationToken = default) =>
        Task.FromResult(Call($"GET /subjects/{subject}/versions/latest", () => _store.GetVersion(subject, "latest")));

    public Task<RegisteredSchema> LookupSchemaAsync(string subject, string schema, CancellationToken cancellationToken = default) =>
        Task.FromResult(Call($"POST /subjects/{subject}", () => _store.Lookup(subject, schema)));

    private static T Call<T>(string request, Func<T> call)
    {
        try
        {
            return call();
        }
        catch (RegistryErrorException ex)
        {
            throw new SchemaRegistryException(ex.StatusCode, ex.ErrorCode, ex.Message, request);
        }
    }
}
