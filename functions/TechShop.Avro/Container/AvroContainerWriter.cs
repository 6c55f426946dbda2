using System.Buffers;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using TechShop.Avro.Binary;
using TechShop.Avro.Codecs;
using TechShop.Avro.Schemas;

namespace TechShop.Avro.Container;

/// <summary>
/// Writes Avro object container files (spec "Object Container Files") in memory. Output is byte-identical for the same
/// records and options: fixed metadata order, deterministic deflate, and a sync marker derived from the content.
/// </summary>
public static class AvroContainerWriter
{
    public const int SyncLength = 16;
    private static readonly byte[] Magic = [(byte)'O', (byte)'b', (byte)'j', 1];

    /// <summary>Writes <paramref name="records"/> with the codec's current schema as the file's schema.</summary>
    public static byte[] Write<T>(RecordCodec<T> codec, IEnumerable<T> records, AvroContainerOptions? options = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(codec);
        ArgumentNullException.ThrowIfNull(records);
        options ??= new AvroContainerOptions();
        if (options.RecordsPerBlock <= 0)
        {
            throw new ArgumentException($"AvroContainerOptions.RecordsPerBlock must be positive, was {options.RecordsPerBlock}.", nameof(options));
        }

        if (options.SyncMarker is { Length: not SyncLength })
        {
            throw new ArgumentException($"AvroContainerOptions.SyncMarker must be {SyncLength} bytes, was {options.SyncMarker.Length}.", nameof(options));
        }

        var schemaJson = Encoding.UTF8.GetBytes(EventSchemas.Json(codec.SchemaPath));
        var codecName = Encoding.UTF8.GetBytes(options.Codec == AvroContainerCodec.Deflate ? "deflate" : "null");
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(schemaJson);
        hash.AppendData(codecName);

        var blocks = new List<(long Count, byte[] Data)>();
        var block = new ArrayBufferWriter<byte>(64 * 1024);
        var inBlock = 0;
        foreach (var record in records)
        {
            codec.Encode(record, block);
            if (++inBlock == options.RecordsPerBlock)
            {
                blocks.Add(FinishBlock(block, inBlock, options, hash));
                inBlock = 0;
            }
        }

        if (inBlock > 0)
        {
            blocks.Add(FinishBlock(block, inBlock, options, hash));
        }

        var sync = options.SyncMarker ?? hash.GetHashAndReset()[..SyncLength];
        var output = new ArrayBufferWriter<byte>(blocks.Sum(b => b.Data.Length + 40) + schemaJson.Length + 128);
        var writer = new AvroBufferWriter(output);
        output.Write(Magic);
        writer.WriteLong(2);
        writer.WriteString("avro.codec", "avro.codec");
        writer.WriteBytes(codecName);
        writer.WriteString("avro.schema", "avro.schema");
        writer.WriteBytes(schemaJson);
        writer.WriteLong(0);
        output.Write(sync);
        foreach (var (count, data) in blocks)
        {
            writer.WriteLong(count);
            writer.WriteLong(data.Length);
            output.Write(data);
            output.Write(sync);
        }

        return output.WrittenSpan.ToArray();
    }

    private static (long Count, byte[] Data) FinishBlock(ArrayBufferWriter<byte> block, int count, AvroContainerOptions options, IncrementalHash hash)
    {
        Span<byte> countBytes = stackalloc byte[sizeof(long)];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64LittleEndian(countBytes, count);
        hash.AppendData(countBytes);
        hash.AppendData(block.WrittenSpan);
        byte[] data;
        if (options.Codec == AvroContainerCodec.Deflate)
        {
            using var compressed = new MemoryStream();
            using (var deflate = new DeflateStream(compressed, options.CompressionLevel, leaveOpen: true))
            {
                deflate.Write(block.WrittenSpan);
            }

            data = compressed.ToArray();
        }
        else
        {
            data = block.WrittenSpan.ToArray();
        }

        block.ResetWrittenCount();
        return (count, data);
    }
}
