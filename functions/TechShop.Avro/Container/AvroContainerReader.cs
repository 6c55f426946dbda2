using System.IO.Compression;
using System.Text;
using Avro;
using Avro.Generic;
using Avro.IO;
using TechShop.Avro.Binary;
using TechShop.Avro.Codecs;
using TechShop.Avro.Compatibility;
using TechShop.Avro.Errors;

namespace TechShop.Avro.Container;

/// <summary>
/// Reads Avro object container files (null or deflate codec) into domain records. A file written with the codec's
/// current schema is read by the span codec; one written with another compatible schema through Apache.Avro resolution.
/// </summary>
public static class AvroContainerReader
{
    public static AvroContainerHeader ReadHeader(ReadOnlySpan<byte> file)
    {
        if (file.Length < 4 || file[0] != 'O' || file[1] != 'b' || file[2] != 'j' || file[3] != 1)
        {
            throw new AvroContainerException($"Not an Avro object container file: it is {file.Length} bytes and does not start with 'Obj' 0x01.");
        }

        try
        {
            var reader = new AvroSpanReader(file[4..]);
            var metadata = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            for (var count = reader.ReadBlockCount("metadata"); count > 0; count = reader.ReadBlockCount("metadata"))
            {
                for (var i = 0; i < count; i++)
                {
                    var key = reader.ReadString("metadata.key");
                    metadata[key] = reader.ReadBytes("metadata.value").ToArray();
                }
            }

            var syncStart = 4 + reader.Position;
            if (file.Length < syncStart + AvroContainerWriter.SyncLength)
            {
                throw new AvroContainerException($"Avro container file is truncated: the header's sync marker needs {AvroContainerWriter.SyncLength} bytes at offset {syncStart}.");
            }

            if (!metadata.TryGetValue("avro.schema", out var schema))
            {
                throw new AvroContainerException("Avro container file header has no 'avro.schema' entry.");
            }

            var codecName = metadata.TryGetValue("avro.codec", out var codecBytes) ? Encoding.UTF8.GetString(codecBytes) : "null";
            var codec = codecName switch
            {
                "null" => AvroContainerCodec.Null,
                "deflate" => AvroContainerCodec.Deflate,
                _ => throw new AvroContainerException($"Avro container codec '{codecName}' is not supported; expected 'null' or 'deflate'."),
            };
            var sync = file.Slice(syncStart, AvroContainerWriter.SyncLength).ToArray();
            return new AvroContainerHeader(Encoding.UTF8.GetString(schema), codec, metadata, sync, syncStart + AvroContainerWriter.SyncLength);
        }
        catch (MalformedAvroException ex)
        {
            throw new AvroContainerException("Avro container file header is corrupt: " + ex.Message, ex);
        }
    }

    /// <summary>Every record of the file as the codec's domain type.</summary>
    public static IReadOnlyList<T> ReadAll<T>(ReadOnlySpan<byte> file, RecordCodec<T> codec)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(codec);
        var header = ReadHeader(file);
        var resolver = ResolverFor(header.SchemaJson, codec);
        var records = new List<T>();
        var position = header.DataOffset;
        for (var blockIndex = 0; position < file.Length; blockIndex++)
        {
            long count;
            ReadOnlySpan<byte> data;
            try
            {
                var reader = new AvroSpanReader(file[position..]);
                count = reader.ReadLong("block.count");
                var size = reader.ReadLong("block.size");
                if (count < 0 || size < 0 || size > reader.Remaining - AvroContainerWriter.SyncLength)
                {
                    throw new AvroContainerException($"Block {blockIndex} at offset {position} is truncated or corrupt (count {count}, size {size}).");
                }

                data = file.Slice(position + reader.Position, (int)size);
                position += reader.Position + (int)size;
            }
            catch (MalformedAvroException ex)
            {
                throw new AvroContainerException($"Block {blockIndex} header at offset {position} is corrupt: {ex.Message}", ex);
            }

            if (!file.Slice(position, AvroContainerWriter.SyncLength).SequenceEqual(header.SyncMarker))
            {
                throw new AvroContainerException($"Block {blockIndex} is not followed by the file's sync marker at offset {position}: the file is corrupt.");
            }

            position += AvroContainerWriter.SyncLength;
            var block = header.Codec == AvroContainerCodec.Deflate ? Inflate(data, blockIndex) : data.ToArray();
            ReadBlock(block, count, blockIndex, codec, resolver, records);
        }

        return records;
    }

    private static GenericDatumReader<GenericRecord>? ResolverFor<T>(string schemaJson, RecordCodec<T> codec)
        where T : class
    {
        Schema writer;
        try
        {
            writer = Schema.Parse(schemaJson) ?? throw new SchemaParseException("the schema names no known type");
        }
        catch (Exception ex) when (ex is AvroException or Newtonsoft.Json.JsonException or KeyNotFoundException or ArgumentException)
        {
            throw new AvroContainerException("Avro container file schema does not parse: " + ex.Message, ex);
        }

        if (writer.ToString() == codec.Schema.ToString())
        {
            return null;
        }

        var problems = SchemaCompatibility.CheckCanRead(codec.Schema, writer);
        return problems.Count == 0
            ? new GenericDatumReader<GenericRecord>(writer, codec.Schema)
            : throw new AvroContainerException($"Avro container file schema cannot be read as {codec.Schema.Fullname}: {string.Join("; ", problems)}");
    }

    private static void ReadBlock<T>(byte[] block, long count, int blockIndex, RecordCodec<T> codec, GenericDatumReader<GenericRecord>? resolver, List<T> records)
        where T : class
    {
        if (resolver is not null)
        {
            using var stream = new MemoryStream(block, writable: false);
            var decoder = new BinaryDecoder(stream);
            for (var i = 0; i < count; i++)
            {
                try
                {
                    records.Add(codec.FromGeneric(resolver.Read(null!, decoder)));
                }
                catch (Exception ex) when (ex is AvroException or EndOfStreamException or InvalidCastException)
                {
                    throw new AvroContainerException($"Record {i} of block {blockIndex} does not decode: {ex.Message}", ex);
                }
            }

            return;
        }

        var reader = new AvroSpanReader(block);
        for (var i = 0; i < count; i++)
        {
            try
            {
                records.Add(codec.Read(ref reader));
            }
            catch (MalformedAvroException ex)
            {
                throw new AvroContainerException($"Record {i} of block {blockIndex} does not decode: {ex.Message}", ex);
            }
        }

        if (reader.Remaining != 0)
        {
            throw new AvroContainerException($"Block {blockIndex} has {reader.Remaining} bytes after its {count} records: the file is corrupt.");
        }
    }

    private static byte[] Inflate(ReadOnlySpan<byte> data, int blockIndex)
    {
        try
        {
            using var input = new MemoryStream(data.ToArray(), writable: false);
            using var deflate = new DeflateStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream();
            deflate.CopyTo(output);
            return output.ToArray();
        }
        catch (InvalidDataException ex)
        {
            throw new AvroContainerException($"Block {blockIndex} is not valid deflate data: {ex.Message}", ex);
        }
    }
}
