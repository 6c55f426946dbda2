using System.Buffers;
using Avro;
using Avro.Generic;
using TechShop.Avro.Binary;
using TechShop.Avro.Errors;
using TechShop.Avro.Schemas;

namespace TechShop.Avro.Codecs;

/// <summary>Base of the span-based codecs: one schema file, one domain type, a fast path and the Apache generic mapping.</summary>
public abstract class RecordCodec<T> : IRecordCodec
    where T : class
{
    protected RecordCodec(string schemaPath)
    {
        SchemaPath = schemaPath;
        Schema = (RecordSchema)EventSchemas.Parse(schemaPath);
    }

    public string SchemaPath { get; }

    public RecordSchema Schema { get; }

    public Type RecordType => typeof(T);

    /// <summary>Decodes one Avro binary datum (no framing) that was written with this codec's schema.</summary>
    public T Decode(ReadOnlySpan<byte> payload)
    {
        var reader = new AvroSpanReader(payload);
        var value = Read(ref reader);
        reader.EnsureEnd(Schema.Name);
        return value;
    }

    /// <summary>Encodes one Avro binary datum (no framing) with this codec's schema.</summary>
    public void Encode(T value, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(value);
        Write(new AvroBufferWriter(output), value);
    }

    public abstract T Read(ref AvroSpanReader reader);

    public abstract void Write(AvroBufferWriter writer, T value);

    public abstract T FromGeneric(GenericRecord record);

    public abstract GenericRecord ToGeneric(T value);

    public object DecodeObject(ReadOnlySpan<byte> payload) => Decode(payload);

    public void EncodeObject(object value, IBufferWriter<byte> output) => Encode(Cast(value), output);

    public object FromGenericObject(GenericRecord record) => FromGeneric(record);

    public GenericRecord ToGenericObject(object value) => ToGeneric(Cast(value));

    private T Cast(object value) => value as T
        ?? throw new AvroEncodingException($"Codec for {Schema.Fullname} encodes {typeof(T).Name}, was given {value?.GetType().Name ?? "null"}.");
}
