using TechShop.Avro.Registry;

namespace TechShop.Avro.Tests.Support;

/// <summary>A registry double for decoder tests: ids global and sequential, unknown ids answer 404/40403 like the real one.</summary>
internal sealed class InMemorySchemaRegistry : ISchemaRegistryClient
{
    private readonly Dictionary<int, (string Subject, string Schema)> _schemas = [];

    public int GetSchemaCalls { get; private set; }

    public Exception? FailWith { get; set; }

    public Task<int> RegisterSchemaAsync(string subject, string schema, CancellationToken cancellationToken = default)
    {
        var existing = _schemas.FirstOrDefault(s => s.Value.Subject == subject && s.Value.Schema == schema);
        if (existing.Value.Schema is not null)
        {
            return Task.FromResult(existing.Key);
        }

        var id = _schemas.Count + 1;
        _schemas[id] = (subject, schema);
        return Task.FromResult(id);
    }

    public Task<string> GetSchemaAsync(int id, CancellationToken cancellationToken = default)
    {
        GetSchemaCalls++;
        if (FailWith is not null)
        {
            throw FailWith;
        }

        return _schemas.TryGetValue(id, out var schema)
            ? Task.FromResult(schema.Schema)
            : throw new SchemaRegistryException(404, 40403, $"Schema {id} not found", $"GET /schemas/ids/{id}");
    }

    public Task<RegisteredSchema> GetLatestSchemaAsync(string subject, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("not used by the decoder");

    public Task<RegisteredSchema> LookupSchemaAsync(string subject, string schema, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("not used by the decoder");
}
