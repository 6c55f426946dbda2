using System.Buffers;
using Avro;
using Avro.Generic;

namespace TechShop.Avro.Codecs;

/// <summary>A record's fast codec and its mapping to Apache.Avro generic records, without knowing the record type statically.</summary>
public interface IRecordCodec
{
    /// <summary>The schema file this codec reads and writes (the current version).</summary>
    string SchemaPath { get; }

    /// <summary>The parsed current schema: the reader schema for schema resolution.</summary>
    RecordSchema Schema { get; }

    /// <summary>The domain type the codec produces.</summary>
    Type RecordType { get; }

    object DecodeObject(ReadOnlySpan<byte> payload);

    void EncodeObject(object value, IBufferWriter<byte> output);

    /// <summary>Maps a generic record read with <see cref="Schema"/> as the reader schema to the domain type.</summary>
    object FromGenericObject(GenericRecord record);

    GenericRecord ToGenericObject(object value);
}
