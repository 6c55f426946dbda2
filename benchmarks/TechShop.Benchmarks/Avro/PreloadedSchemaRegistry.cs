using TechShop.Avro.Registry;

namespace TechShop.Benchmarks.Avro;

/// <summary>Answers one known schema id without I/O, so the decoder benchmark measures decoding, not HTTP.</summary>
internal sealed class PreloadedSchemaRegistry(int id, string schema) : ISchemaRegistryClient
{
    public Task<int> RegisterSchemaAsync(string subject, string schemaText, CancellationToken cancellationToken = default) => Task.FromResult(id);

    public Task<string> GetSchemaAsync(int schemaId, CancellationToken cancellationToken = default) =>
        schemaId == id ? Task.FromResult(schema) : throw new SchemaRegistryException(404, 40403, $"Schema {schemaId} not found", "GET");

    public Task<RegisteredSchema> GetLatestSchemaAsync(string subject, CancellationToken cancellationToken = default) =>
        Task.FromResult(new RegisteredSchema(subject, id, 1, schema));

    public Task<RegisteredSchema> LookupSchemaAsync(string subject, string schemaText, CancellationToken cancellationToken = default) =>
        Task.FromResult(new RegisteredSchema(subject, id, 1, schema));
}
