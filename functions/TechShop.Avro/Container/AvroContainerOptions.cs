using System.IO.Compression;

namespace TechShop.Avro.Container;

/// <summary>Settings of <see cref="AvroContainerWriter"/>; each property documents its default.</summary>
public sealed class AvroContainerOptions
{
    /// <summary>Block compression. Default <see cref="AvroContainerCodec.Deflate"/>.</summary>
    public AvroContainerCodec Codec { get; set; } = AvroContainerCodec.Deflate;

    /// <summary>Deflate level. Default <see cref="CompressionLevel.Optimal"/>.</summary>
    public CompressionLevel CompressionLevel { get; set; } = CompressionLevel.Optimal;

    /// <summary>
    /// The 16-byte sync marker. Default null: derived from a SHA-256 of the schema and the records, so that the same
    /// records always make the same bytes (a retried batch rewrites the same object identically).
    /// </summary>
    public byte[]? SyncMarker { get; set; }

    /// <summary>Records per block. Default 1,000.</summary>
    public int RecordsPerBlock { get; set; } = 1000;
}
