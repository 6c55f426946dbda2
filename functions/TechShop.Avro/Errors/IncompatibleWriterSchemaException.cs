namespace TechShop.Avro.Errors;

/// <summary>The writer schema of a record cannot be resolved into the reader schema this build knows.</summary>
public sealed class IncompatibleWriterSchemaException : AvroRecordException
{
    public IncompatibleWriterSchemaException(int schemaId, string topic, string detail, Exception? innerException = null)
        : base($"Schema id {schemaId} on topic '{topic}' cannot be read as the current schema: {detail}", innerException ?? new InvalidOperationException(detail))
    {
        SchemaId = schemaId;
        Topic = topic;
    }

    public int SchemaId { get; }

    public string Topic { get; }
}
