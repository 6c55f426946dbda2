using TechShop.Avro.Registry;

namespace TechShop.Snowflake.Tests;

/// <summary>A registry that knows fixed ids (lookups by id only, as the decoder makes), or that is down.</summary>
internal sealed class StaticSchemaRegistry(IReadOnlyDictionary<int, string> schemas, bool down = false) : ISchemaRegistryClient
{
    public int Lookups { get; private set; }

    public Task<string> GetSchemaAsync(int id, CancellationToken cancellationToken = default)
    {
        Lookups++;
        if (down)
        {
            throw new SchemaRegistryUnavailableException($"GET /schemas/ids/{id}: connection refused (test registry is down).");
        }

        return schemas.TryGetValue(id, out var schema)
            ? Task.FromResult(schema)
            : throw new SchemaRegistryException(404, 40403, $"Schema {id} not found.", $"GET /schemas/ids/{id}");
    }

    public Task<int> RegisterSchemaAsync(string subject, string schema, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The stream archive load only reads schemas by id.");

    public Task<RegisteredSchema> GetLatestSchemaAsync(string subject, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The stream archive load only reads schemas by id.");

    public Task<RegisteredSchema> LookupSchemaAsync(string subject, string schema, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The stream archive load only reads schemas by id.");
}
