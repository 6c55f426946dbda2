namespace TechShop.Avro.Errors;

/// <summary>The record names a schema id the schema registry does not know (error 40403).</summary>
public sealed class UnknownSchemaIdException : AvroRecordException
{
    public UnknownSchemaIdException(int schemaId, string topic, Exception? innerException = null)
        : base($"Schema id {schemaId} on topic '{topic}' is not known to the schema registry.", innerException ?? new InvalidOperationException("schema not found"))
    {
        SchemaId = schemaId;
        Topic = topic;
    }

    public int SchemaId { get; }

    public string Topic { get; }
}
