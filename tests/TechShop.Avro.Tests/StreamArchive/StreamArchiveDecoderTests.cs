using System.Buffers;
using System.Text;
using TechShop.Avro.Archive;
using TechShop.Avro.Codecs;
using TechShop.Avro.Container;
using TechShop.Avro.Errors;
using TechShop.Avro.Events;
using TechShop.Avro.Registry;
using TechShop.Avro.Schemas;
using TechShop.Avro.Tests.Support;
using TechShop.Core.Domain;

namespace TechShop.Avro.Tests.StreamArchive;

public sealed class StreamArchiveDecoderTests
{
    private static readonly DateTime Timestamp = new(2024, 5, 2, 8, 15, 30, 412, DateTimeKind.Utc);

    [Fact]
    public async Task DecodeAsync_WhenTheValueDecodes_ShouldNameThePayloadColumnsAsTheExtract()
    {
        var registry = new InMemorySchemaRegistry();
        var schemaId = await registry.RegisterSchemaAsync("fx-rates-value", EventSchemas.Json(ExchangeRateCodec.Instance.SchemaPath));

        var row = await new StreamArchiveDecoder(new EventDecoder(registry)).DecodeAsync(
            Record("EUR:2024-05-02", Framed(schemaId, new ExchangeRate(new DateOnly(2024, 5, 2), "EUR", 1.07345612m))));

        Assert.Equal((StreamArchiveDecodeStatus.Decoded, (int?)schemaId, (string?)null), (row.DecodeStatus, row.SchemaId, row.DecodeError));
        Assert.Equal(["date=\"2024-05-02\"", "currency=\"EUR\"", "rate_to_usd=1.07345612"], row.Payload.Select(c => c.Name + "=" + c.Value.GetRawText()));
        Assert.Equal("EUR:2024-05-02", row.RecordKey);
    }

    [Fact]
    public async Task DecodeAsync_WhenTheSchemaIdIsUnknown_ShouldKeepTheRowUndecodableWithTheIdAndTheReason()
    {
        var row = await new StreamArchiveDecoder(new EventDecoder(new InMemorySchemaRegistry())).DecodeAsync(Record("k", [0, 0, 0, 0, 42, 2]));

        Assert.Equal((StreamArchiveDecodeStatus.Undecodable, (int?)42), (row.DecodeStatus, row.SchemaId));
        Assert.StartsWith("UnknownSchemaIdException: ", row.DecodeError, StringComparison.Ordinal);
        Assert.Equal("AAAAACoC", row.ValueBase64);
        Assert.Empty(row.Payload);
    }

    [Fact]
    public async Task DecodeAsync_WhenTheFrameIsBad_ShouldKeepTheRowUndecodableWithoutASchemaId()
    {
        var row = await new StreamArchiveDecoder(new EventDecoder(new InMemorySchemaRegistry())).DecodeAsync(Record("k", [7, 0, 0, 0, 3]));

        Assert.Equal((StreamArchiveDecodeStatus.Undecodable, (int?)null), (row.DecodeStatus, row.SchemaId));
        Assert.Equal("ConfluentFramingException: Magic byte is 0x07; the Confluent wire format starts with 0x00 (record is 5 bytes).", row.DecodeError);
    }

    [Fact]
    public async Task DecodeAsync_WhenTheValueIsNull_ShouldBeATombstoneWithoutAskingTheRegistry()
    {
        var row = await new StreamArchiveDecoder(null).DecodeAsync(Record("k", null));

        Assert.Equal((StreamArchiveDecodeStatus.Tombstone, (string?)null, (string?)null), (row.DecodeStatus, row.ValueBase64, row.DecodeError));
    }

    [Fact]
    public async Task DecodeAsync_WhenAValueNeedsTheRegistryAndThereIsNone_ShouldFailWithTheConfiguredHint()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new StreamArchiveDecoder(null, "set TECHSHOP_SCHEMA_REGISTRY_URL").DecodeAsync(Record("k", [0, 0, 0, 0, 3, 2])));

        Assert.Equal("Loading fx-rates records needs a schema registry to decode their values; set TECHSHOP_SCHEMA_REGISTRY_URL.", error.Message);
    }

    [Fact]
    public async Task DecodeAllAsync_WhenTheRegistryIsDown_ShouldPropagateTheTransientFailure()
    {
        var registry = new InMemorySchemaRegistry { FailWith = new SchemaRegistryUnavailableException("connection refused") };

        await Assert.ThrowsAsync<SchemaRegistryUnavailableException>(() =>
            new StreamArchiveDecoder(new EventDecoder(registry)).DecodeAllAsync([Record("k", null), Record("k", [0, 0, 0, 0, 3, 2])]));
    }

    [Fact]
    public void ReadRecords_WhenTheContainerHoldsAnotherRecordType_ShouldThrowTheContainerError()
    {
        var rates = AvroContainerWriter.Write(ExchangeRateCodec.Instance, [new ExchangeRate(new DateOnly(2024, 5, 2), "EUR", 1.07345612m)]);

        var error = Assert.Throws<AvroContainerException>(() => StreamArchiveDecoder.ReadRecords(rates));

        Assert.Contains("cannot be read as com.techshop.archive.KafkaRecord", error.Message, StringComparison.Ordinal);
    }

    private static ArchivedKafkaRecord Record(string key, byte[]? value) =>
        new("fx-rates", 0, 7, Timestamp, KafkaTimestampType.CreateTime, Encoding.UTF8.GetBytes(key), value, []);

    private static byte[] Framed(int schemaId, ExchangeRate rate)
    {
        var buffer = new ArrayBufferWriter<byte>();
        EventEncoder.Encode(ExchangeRateCodec.Instance, schemaId, rate, buffer);
        return buffer.WrittenSpan.ToArray();
    }
}
