using Avro;
using Avro.Generic;
using Avro.IO;

namespace TechShop.Avro.Tests.Support;

/// <summary>The reference implementation: Apache.Avro's generic writer and reader.</summary>
internal static class ApacheAvro
{
    public static byte[] Write(Schema schema, GenericRecord record)
    {
        using var stream = new MemoryStream();
        new GenericDatumWriter<GenericRecord>(schema).Write(record, new BinaryEncoder(stream));
        return stream.ToArray();
    }

    public static GenericRecord Read(Schema writer, Schema reader, byte[] payload)
    {
        using var stream = new MemoryStream(payload);
        var record = new GenericDatumReader<GenericRecord>(writer, reader).Read(null!, new BinaryDecoder(stream));
        Assert.Equal(stream.Length, stream.Position);
        return record;
    }
}
