using System.Buffers;
using TechShop.Avro.Errors;
using TechShop.Avro.Framing;

namespace TechShop.Avro.Tests.Framing;

public sealed class ConfluentFrameTests
{
    [Fact]
    public void WriteHeader_ShouldWriteMagicZeroAndTheIdBigEndian()
    {
        var buffer = new ArrayBufferWriter<byte>();

        ConfluentFrame.WriteHeader(buffer, 0x01020304);

        Assert.Equal(new byte[] { 0, 1, 2, 3, 4 }, buffer.WrittenSpan.ToArray());
    }

    [Fact]
    public void ReadSchemaId_ShouldReturnTheIdAndThePayloadAfterTheHeader()
    {
        var id = ConfluentFrame.ReadSchemaId(new byte[] { 0, 0, 0, 1, 0x2C, 0xAA, 0xBB }, out var payload);

        Assert.Equal(300, id);
        Assert.Equal(new byte[] { 0xAA, 0xBB }, payload.ToArray());
    }

    [Fact]
    public void ReadSchemaId_WhenMagicByteIsWrong_ShouldThrowWithTheByteFound()
    {
        var ex = Assert.Throws<ConfluentFramingException>(() => ConfluentFrame.ReadSchemaId(new byte[] { 0x7B, 0, 0, 0, 1, 2 }, out _));

        Assert.Equal((byte)0x7B, ex.MagicByte);
        Assert.False(ex.IsTruncated);
        Assert.Contains("0x7B", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4)]
    public void ReadSchemaId_WhenTheRecordIsShorterThanTheHeader_ShouldSayHowLongItIs(int length)
    {
        var ex = Assert.Throws<ConfluentFramingException>(() => ConfluentFrame.ReadSchemaId(new byte[length], out _));

        Assert.True(ex.IsTruncated);
        Assert.Contains($"Record is {length} bytes; the Confluent header needs 5", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadSchemaId_WhenTheRecordUsesGuidFraming_ShouldRejectItClearly()
    {
        var record = new byte[21];
        record[0] = 1;

        var ex = Assert.Throws<ConfluentFramingException>(() => ConfluentFrame.ReadSchemaId(record, out _));

        Assert.Equal((byte)1, ex.MagicByte);
        Assert.Contains("schema-GUID framing", ex.Message, StringComparison.Ordinal);
    }
}
