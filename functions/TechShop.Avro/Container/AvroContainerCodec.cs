namespace TechShop.Avro.Container;

/// <summary>Block compression of an Avro object container file (<c>avro.codec</c>).</summary>
public enum AvroContainerCodec
{
    /// <summary>"null": blocks stored as written.</summary>
    Null = 0,

    /// <summary>"deflate": raw RFC 1951 deflate blocks, as the Avro spec defines.</summary>
    Deflate = 1,
}
