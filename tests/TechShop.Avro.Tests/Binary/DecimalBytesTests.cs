using System.Buffers;
using TechShop.Avro.Binary;
using TechShop.Avro.Errors;

namespace TechShop.Avro.Tests.Binary;

public sealed class DecimalBytesTests
{
    [Theory]
    [InlineData("0", new byte[] { 0x00 })]
    [InlineData("1.27", new byte[] { 0x7F })]
    [InlineData("1.28", new byte[] { 0x00, 0x80 })]
    [InlineData("-1.28", new byte[] { 0x80 })]
    [InlineData("-0.01", new byte[] { 0xFF })]
    [InlineData("9999999999.99", new byte[] { 0x00, 0xE8, 0xD4, 0xA5, 0x0F, 0xFF })]
    [InlineData("-9999999999.99", new byte[] { 0xFF, 0x17, 0x2B, 0x5A, 0xF0, 0x01 })]
    public void TryWrite_ShouldWriteMinimalTwosComplementAtScale2(string value, byte[] expected)
    {
        Span<byte> bytes = stackalloc byte[DecimalBytes.MaxLength];

        var length = DecimalBytes.TryWrite(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), 12, 2, bytes, out _);

        Assert.Equal(expected, bytes[..length].ToArray());
        Assert.True(DecimalBytes.TryRead(expected, 2, out var back, out _));
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), back);
    }

    [Fact]
    public void TryWrite_WhenTheValueHasFewerPlaces_ShouldScaleItUp()
    {
        Span<byte> bytes = stackalloc byte[DecimalBytes.MaxLength];

        var length = DecimalBytes.TryWrite(5m, 12, 2, bytes, out _);

        Assert.Equal(new byte[] { 0x01, 0xF4 }, bytes[..length].ToArray());
    }

    [Fact]
    public void WriteDecimal_WhenTheValueHasMorePlacesThanTheScale_ShouldNameTheFieldAndTheScale()
    {
        var writer = new AvroBufferWriter(new ArrayBufferWriter<byte>());

        var ex = Assert.Throws<AvroEncodingException>(() => writer.WriteDecimal(1.005m, 12, 2, "lines.unit_price"));

        Assert.Contains("'lines.unit_price'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("has 3 decimal places", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteDecimal_WhenTrailingZerosExceedTheScale_ShouldDropThem()
    {
        var buffer = new ArrayBufferWriter<byte>();

        new AvroBufferWriter(buffer).WriteDecimal(1.5000m, 12, 2, "p");

        Assert.Equal(new byte[] { 0x04, 0x00, 0x96 }, buffer.WrittenSpan.ToArray());
    }

    [Fact]
    public void WriteDecimal_WhenTheValueExceedsThePrecision_ShouldThrow()
    {
        var writer = new AvroBufferWriter(new ArrayBufferWriter<byte>());

        var ex = Assert.Throws<AvroEncodingException>(() => writer.WriteDecimal(10000000000m, 12, 2, "p"));

        Assert.Contains("more than 12 digits", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_WhenSignExtensionPadsBeyond16Bytes_ShouldStillRead()
    {
        var padded = new byte[20];
        Array.Fill(padded, (byte)0xFF);

        Assert.True(DecimalBytes.TryRead(padded, 2, out var value, out _));
        Assert.Equal(-0.01m, value);
    }

    [Fact]
    public void TryRead_WhenTheMagnitudeExceeds96Bits_ShouldFailWithAReason()
    {
        var huge = new byte[13];
        huge[0] = 0x01;

        Assert.False(DecimalBytes.TryRead(huge, 2, out _, out var error));
        Assert.Contains("96 bits", error, StringComparison.Ordinal);
    }
}
