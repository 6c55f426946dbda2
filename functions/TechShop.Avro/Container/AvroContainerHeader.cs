namespace TechShop.Avro.Container;

/// <summary>The header of an Avro object container file: writer schema, codec, all metadata, sync marker.</summary>
public sealed record AvroContainerHeader(
    string SchemaJson,
    AvroContainerCodec Codec,
    IReadOnlyDictionary<string, byte[]> Metadata,
    byte[] SyncMarker,
    int DataOffset);
