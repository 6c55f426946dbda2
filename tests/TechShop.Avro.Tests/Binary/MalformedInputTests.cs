using System.Buffers;
using TechShop.Avro.Binary;
using TechShop.Avro.Codecs;
using TechShop.Avro.Errors;
using TechShop.Avro.Tests.Support;

namespace TechShop.Avro.Tests.Binary;

public sealed class MalformedInputTests
{
    [Fact]
    public void Decode_WhenThePayloadIsCutAtAnyLength_ShouldThrowMalformedAvroAndNothingElse()
    {
        var random = new RandomEvents(31);
        for (var n = 0; n < 50; n++)
        {
            var buffer = new ArrayBufferWriter<byte>();
            OrderEventCodec.Instance.Encode(random.Order(), buffer);
            var bytes = buffer.WrittenSpan.ToArray();
            for (var length = 0; length < bytes.Length; length++)
            {
                var ex = Assert.Throws<MalformedAvroException>(() => OrderEventCodec.Instance.Decode(bytes.AsSpan(0, length)));
                Assert.Contains("reading '", ex.Message, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Decode_WhenBytesAreCorrupted_ShouldEitherDecodeOrThrowMalformedAvro()
    {
        var random = new Random(32);
        var events = new RandomEvents(33);
        for (var n = 0; n < 3000; n++)
        {
            var buffer = new ArrayBufferWriter<byte>();
            OrderEventCodec.Instance.Encode(events.Order(), buffer);
            var bytes = buffer.WrittenSpan.ToArray();
            bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            try
            {
                OrderEventCodec.Instance.Decode(bytes);
            }
            catch (MalformedAvroException)
            {
                // The only acceptable failure.
            }
        }
    }

    [Fact]
    public void Decode_WhenBytesFollowTheRecord_ShouldCountThem()
    {
        var buffer = new ArrayBufferWriter<byte>();
        ExchangeRateCodec.Instance.Encode(new(new DateOnly(2024, 1, 2), "EUR", 1.0921m), buffer);
        var bytes = buffer.WrittenSpan.ToArray().Concat(new byte[] { 0, 0 }).ToArray();

        var ex = Assert.Throws<MalformedAvroException>(() => ExchangeRateCodec.Instance.Decode(bytes));

        Assert.Contains("2 bytes left after the record", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadEnum_WhenTheIndexIsOutOfRange_ShouldNameTheFieldAndTheIndex()
    {
        var ex = Assert.Throws<MalformedAvroException>(() =>
        {
            var reader = new AvroSpanReader(new byte[] { 14 });
            reader.ReadEnum("status", 6);
        });

        Assert.Equal("reading 'status' at offset 1: enum index 7 is outside 0..5", ex.Message);
    }

    [Fact]
    public void ReadString_WhenTheBytesAreNotUtf8_ShouldThrow()
    {
        var ex = Assert.Throws<MalformedAvroException>(() =>
        {
            var reader = new AvroSpanReader(new byte[] { 4, 0xC3, 0x28 });
            reader.ReadString("name");
        });

        Assert.Contains("not valid UTF-8", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadLong_ShouldDecodeZigZagVarints()
    {
        var reader = new AvroSpanReader(new byte[] { 0x00, 0x01, 0x02, 0x7F, 0x80, 0x01, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01 });

        Assert.Equal(
            new[] { 0L, -1, 1, -64, 64, long.MinValue },
            new[] { reader.ReadLong("a"), reader.ReadLong("b"), reader.ReadLong("c"), reader.ReadLong("d"), reader.ReadLong("e"), reader.ReadLong("f") });
    }
}
