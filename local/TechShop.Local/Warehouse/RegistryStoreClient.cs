using TechShop.Avro.Registry;
using TechShop.Local.Registry;

namespace TechShop.Local.Warehouse;

/// <summary>
/// The schema registry client over the embedded registry's store (<c>&lt;data-dir&gt;/registry</c>) in-process, for local
/// loads of the stream archive: the same answers the embedded registry's REST API gives, without a server running.
/// </summary>
public sealed class RegistryStoreClient(SchemaRegistryStore store) : ISchemaRegistryClient
{
    private readonly SchemaRegistryStore _store = store ?? throw new ArgumentNullException(nameof(store));

    public Task<int> RegisterSchemaAsync(string subject, string schema, CancellationToken cancellationToken = default) =>
        Call(() => _store.Register(subject, schema), $"POST /subjects/{subject}/versions");

    public Task<string> GetSchemaAsync(int id, CancellationToken cancellationToken = default) =>
        Call(() => _store.GetById(id), $"GET /schemas/ids/{id}");

    public Task<RegisteredSchema> GetLatestSchemaAsync(string subject, CancellationToken cancellationToken = default) =>
        Call(() => _store.GetVersion(subject, "latest"), $"GET /subjects/{subject}/versions/latest");

    public Task<RegisteredSchema> LookupSchemaAsync(string subject, string schema, CancellationToken cancellationToken = default) =>
        Call(() => _store.Lookup(subject, schema), $"POST /subjects/{subject}");

    // The store's errors carry the registry's status and error codes: hand them on as the REST client would.
    private static Task<T> Call<T>(Func<T> call, string request)
    {
        try
        {
            return Task.FromResult(call());
        }
        catch (RegistryErrorException e)
        {
            return Task.FromException<T>(new SchemaRegistryException(e.StatusCode, e.ErrorCode, e.Message, request));
        }
    }
}
