using Avro.File;
using Avro.Generic;
using TechShop.Avro.Codecs;
using TechShop.Avro.Container;
using TechShop.Avro.Errors;
using TechShop.Avro.Schemas;
using TechShop.Avro.Tests.Support;

namespace TechShop.Avro.Tests.Container;

public sealed class AvroContainerTests
{
    [Theory]
    [InlineData(AvroContainerCodec.Deflate)]
    [InlineData(AvroContainerCodec.Null)]
    public void ReadAll_ShouldGiveBackEveryRecordAcrossBlocks(AvroContainerCodec codec)
    {
        var records = Records(2500, seed: 51);

        var file = AvroContainerWriter.Write(KafkaRecordCodec.Instance, records, new AvroContainerOptions { Codec = codec, RecordsPerBlock = 1000 });
        var back = AvroContainerReader.ReadAll(file, KafkaRecordCodec.Instance);

        Assert.Equal(records.Count, back.Count);
        for (var i = 0; i < records.Count; i++)
        {
            Same.KafkaRecord(records[i], back[i]);
        }
    }

    [Fact]
    public void Write_WhenGivenTheSameRecordsTwice_ShouldWriteTheSameBytes()
    {
        var first = AvroContainerWriter.Write(KafkaRecordCodec.Instance, Records(700, seed: 52));
        var second = AvroContainerWriter.Write(KafkaRecordCodec.Instance, Records(700, seed: 52));
        var other = AvroContainerWriter.Write(KafkaRecordCodec.Instance, Records(700, seed: 53));

        Assert.Equal(first, second);
        Assert.NotEqual(AvroContainerReader.ReadHeader(first).SyncMarker, AvroContainerReader.ReadHeader(other).SyncMarker);
    }

    [Fact]
    public void Write_WhenGivenASyncMarker_ShouldUseIt()
    {
        var sync = Enumerable.Range(1, 16).Select(i => (byte)i).ToArray();

        var file = AvroContainerWriter.Write(KafkaRecordCodec.Instance, Records(3, seed: 54), new AvroContainerOptions { SyncMarker = sync });

        Assert.Equal(sync, AvroContainerReader.ReadHeader(file).SyncMarker);
        Assert.Equal(sync, file[^16..]);
    }

    [Fact]
    public void Write_ShouldBeReadableByApacheDataFileReader()
    {
        var records = Records(1500, seed: 55);
        var file = AvroContainerWriter.Write(KafkaRecordCodec.Instance, records, new AvroContainerOptions { RecordsPerBlock = 400 });

        using var reader = DataFileReader<GenericRecord>.OpenReader(new MemoryStream(file), KafkaRecordCodec.Instance.Schema);
        var back = reader.NextEntries.Select(KafkaRecordCodec.Instance.FromGeneric).ToList();

        Assert.Equal("deflate", reader.GetMetaString("avro.codec"));
        Assert.Equal(records.Count, back.Count);
        for (var i = 0; i < records.Count; i++)
        {
            Same.KafkaRecord(records[i], back[i]);
        }
    }

    [Fact]
    public void ReadAll_WhenApacheWroteTheFileWithDeflate_ShouldReadEveryRecord()
    {
        var records = Records(900, seed: 56);
        using var stream = new MemoryStream();
        using (var writer = DataFileWriter<GenericRecord>.OpenWriter(
            new GenericDatumWriter<GenericRecord>(KafkaRecordCodec.Instance.Schema), stream, Codec.CreateCodec(Codec.Type.Deflate)))
        {
            foreach (var record in records)
            {
                writer.Append(KafkaRecordCodec.Instance.ToGeneric(record));
            }
        }

        var back = AvroContainerReader.ReadAll(stream.ToArray(), KafkaRecordCodec.Instance);

        Assert.Equal(records.Count, back.Count);
        Same.KafkaRecord(records[^1], back[^1]);
    }

    [Fact]
    public void ReadAll_WhenTheFileHoldsAnOlderCompatibleSchema_ShouldResolveIt()
    {
        var order = new RandomEvents(57).Order() with { CouponCode = null };
        var v1 = (global::Avro.RecordSchema)EventSchemas.Parse(EventSchemas.OrderEventV1);
        var generic = OrderEventCodec.Instance.ToGeneric(order);
        var v1Record = new GenericRecord(v1);
        foreach (var field in v1.Fields)
        {
            v1Record.Add(field.Name, generic[field.Name]);
        }

        using var stream = new MemoryStream();
        using (var writer = DataFileWriter<GenericRecord>.OpenWriter(new GenericDatumWriter<GenericRecord>(v1), stream))
        {
            writer.Append(v1Record);
        }

        var back = Assert.Single(AvroContainerReader.ReadAll(stream.ToArray(), OrderEventCodec.Instance));

        Same.Order(order, back);
    }

    [Fact]
    public void ReadAll_WhenASyncMarkerIsDamaged_ShouldSayTheFileIsCorrupt()
    {
        var file = AvroContainerWriter.Write(KafkaRecordCodec.Instance, Records(10, seed: 58));
        file[^1] ^= 0xFF;

        var ex = Assert.Throws<AvroContainerException>(() => AvroContainerReader.ReadAll(file, KafkaRecordCodec.Instance));

        Assert.Contains("Block 0 is not followed by the file's sync marker", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadAll_WhenTheFileIsTruncated_ShouldThrowAvroContainerException()
    {
        var file = AvroContainerWriter.Write(KafkaRecordCodec.Instance, Records(10, seed: 59));

        for (var length = 0; length < file.Length; length += 7)
        {
            Assert.Throws<AvroContainerException>(() => AvroContainerReader.ReadAll(file.AsSpan(0, length), KafkaRecordCodec.Instance));
        }
    }

    [Fact]
    public void ReadHeader_WhenTheBytesAreNotAContainerFile_ShouldSaySo()
    {
        var ex = Assert.Throws<AvroContainerException>(() => AvroContainerReader.ReadHeader("{\"json\":1}"u8));

        Assert.Contains("does not start with 'Obj' 0x01", ex.Message, StringComparison.Ordinal);
    }

    private static List<Archive.ArchivedKafkaRecord> Records(int count, int seed)
    {
        var random = new RandomEvents(seed, realisticTimes: true);
        return Enumerable.Range(0, count).Select(_ => random.KafkaRecord()).ToList();
    }
}
