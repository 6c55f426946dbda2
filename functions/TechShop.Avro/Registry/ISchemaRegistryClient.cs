namespace TechShop.Avro.Registry;

/// <summary>The Confluent Schema Registry calls the serializers make (names follow Confluent.SchemaRegistry's client).</summary>
public interface ISchemaRegistryClient
{
    /// <summary>POST /subjects/{subject}/versions: registers the schema (idempotent) and returns its global id.</summary>
    Task<int> RegisterSchemaAsync(string subject, string schema, CancellationToken cancellationToken = default);

    /// <summary>GET /schemas/ids/{id}: the schema text of a global id.</summary>
    Task<string> GetSchemaAsync(int id, CancellationToken cancellationToken = default);

    /// <summary>GET /subjects/{subject}/versions/latest.</summary>
    Task<RegisteredSchema> GetLatestSchemaAsync(string subject, CancellationToken cancellationToken = default);

    /// <summary>POST /subjects/{subject}: the registration of a schema the subject already holds.</summary>
    Task<RegisteredSchema> LookupSchemaAsync(string subject, string schema, CancellationToken cancellationToken = default);
}
