using System.Net;
using System.Numerics;
using TechShop.Keyspaces.Errors;
using TechShop.Keyspaces.Protocol;
using TechShop.Keyspaces.Values;

namespace TechShop.Keyspaces.Tests.Values;

public sealed class CqlCodecTests
{
    private static string Encode(CqlType type, object? value) => Convert.ToHexString(CqlCodec.Encode(type, value, "col")!);

    [Theory]
    [InlineData("0", "00")]
    [InlineData("1", "01")]
    [InlineData("127", "7F")]
    [InlineData("128", "0080")]
    [InlineData("255", "00FF")]
    [InlineData("256", "0100")]
    [InlineData("-1", "FF")]
    [InlineData("-128", "80")]
    [InlineData("-129", "FF7F")]
    [InlineData("-32768", "8000")]
    [InlineData("18446744073709551616", "010000000000000000")]
    public void Varint_ShouldBeMinimalTwosComplementBigEndianBothWays(string value, string hex)
    {
        var number = BigInteger.Parse(value, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(hex, Encode(CqlType.Varint, number));
        Assert.Equal(number, CqlCodec.DecodeVarint(Convert.FromHexString(hex)));
    }

    [Theory]
    [InlineData("123.45", "000000023039")]
    [InlineData("-123.45", "00000002CFC7")]
    [InlineData("0.5", "0000000105")]
    [InlineData("1.0", "000000010A")]
    [InlineData("0", "0000000000")]
    [InlineData("2100.00", "00000002033450")]
    public void Decimal_ShouldBeScaleThenUnscaledVarintBothWays(string value, string hex)
    {
        var number = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(hex, Encode(CqlType.Decimal, number));
        Assert.Equal(number, CqlCodec.DecodeDecimal(Convert.FromHexString(hex)));
    }

    [Fact]
    public void DecodeDecimal_WithNegativeScale_ShouldMultiply()
    {
        Assert.Equal(1200m, CqlCodec.DecodeDecimal(Convert.FromHexString("FFFFFFFE0C")));
    }

    [Fact]
    public void DecodeDecimal_WhenUnscaledExceeds96Bits_ShouldThrowSayingItDoesNotFit()
    {
        var error = Assert.Throws<CqlCodecException>(() => CqlCodec.DecodeDecimal(Convert.FromHexString("00000000" + "01" + new string('0', 24))));

        Assert.Contains("does not fit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Uuid_ShouldUseRfc4122ByteOrderNotDotNetMixedEndian()
    {
        var id = Guid.Parse("00112233-4455-6677-8899-aabbccddeeff");

        Assert.Equal("00112233445566778899AABBCCDDEEFF", Encode(CqlType.Uuid, id));
        Assert.Equal(id, CqlCodec.DecodeUuid(Convert.FromHexString("00112233445566778899AABBCCDDEEFF")));
    }

    [Fact]
    public void Timeuuid_WhenGuidIsNotVersion1_ShouldThrowNamingTheColumnAndVersion()
    {
        var error = Assert.Throws<CqlCodecException>(() => Encode(CqlType.Timeuuid, Guid.Parse("00112233-4455-4677-8899-aabbccddeeff")));

        Assert.Contains("'col'", error.Message, StringComparison.Ordinal);
        Assert.Contains("version 4", error.Message, StringComparison.Ordinal);
        Assert.Equal("0011223344551677", Encode(CqlType.Timeuuid, Guid.Parse("00112233-4455-1677-8899-aabbccddeeff"))[..16]);
    }

    [Theory]
    [InlineData(1970, 1, 1, "80000000")]
    [InlineData(1970, 1, 2, "80000001")]
    [InlineData(1969, 12, 31, "7FFFFFFF")]
    [InlineData(2026, 3, 1, "80005021")]
    public void Date_ShouldCountDaysFromTheEpochAt2Pow31(int year, int month, int day, string hex)
    {
        var date = new DateOnly(year, month, day);

        Assert.Equal(hex, Encode(CqlType.Date, date));
        Assert.Equal(date, CqlCodec.DecodeDate(Convert.FromHexString(hex)));
    }

    [Fact]
    public void Timestamp_ShouldBeMillisecondsSinceEpochIncludingBeforeIt()
    {
        Assert.Equal("00000000000003E8", Encode(CqlType.Timestamp, DateTimeOffset.FromUnixTimeSeconds(1)));
        Assert.Equal("FFFFFFFFFFFFFFFF", Encode(CqlType.Timestamp, DateTimeOffset.FromUnixTimeMilliseconds(-1)));
        Assert.Equal("00000000000003E8", Encode(CqlType.Timestamp, new DateTime(1970, 1, 1, 0, 0, 1, DateTimeKind.Utc)));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1_772_352_930_412), CqlCodec.DecodeTimestamp(Convert.FromHexString("0000019CA877826C")));
    }

    [Fact]
    public void Time_ShouldBeNanosecondsSinceMidnight()
    {
        Assert.Equal("000000003B9ACA00", Encode(CqlType.Time, new TimeOnly(0, 0, 1)));
        Assert.Equal(new TimeOnly(0, 0, 1), CqlCodec.DecodeTime(Convert.FromHexString("000000003B9ACA00")));
    }

    [Fact]
    public void FixedWidthIntegersAndFloats_ShouldBeBigEndian()
    {
        Assert.Equal("FFFFFFFE", Encode(CqlType.Int, -2));
        Assert.Equal("0000000000000001", Encode(CqlType.Bigint, 1L));
        Assert.Equal("0000000000000007", Encode(CqlType.Bigint, 7));
        Assert.Equal("FFFF", Encode(CqlType.Smallint, (short)-1));
        Assert.Equal("80", Encode(CqlType.Tinyint, sbyte.MinValue));
        Assert.Equal("3FF8000000000000", Encode(CqlType.Double, 1.5));
        Assert.Equal("3FC00000", Encode(CqlType.Float, 1.5f));
        Assert.Equal(-2, CqlCodec.DecodeInt32(Convert.FromHexString("FFFFFFFE")));
        Assert.Equal(1.5, CqlCodec.DecodeDouble(Convert.FromHexString("3FF8000000000000")));
    }

    [Fact]
    public void BooleanTextAsciiBlobAndInet_ShouldEncodeTheirBytes()
    {
        Assert.Equal("01", Encode(CqlType.Boolean, true));
        Assert.Equal("00", Encode(CqlType.Boolean, false));
        Assert.Equal("C3A9", Encode(CqlType.Text, "é"));
        Assert.Equal("616263", Encode(CqlType.Ascii, "abc"));
        Assert.Equal("CAFE", Encode(CqlType.Blob, new byte[] { 0xCA, 0xFE }));
        Assert.Equal("0A000001", Encode(CqlType.Inet, IPAddress.Parse("10.0.0.1")));
        Assert.Equal(string.Empty, Encode(CqlType.Text, string.Empty));
    }

    [Fact]
    public void Ascii_WithNonAsciiCharacter_ShouldThrowNamingTheCharacter()
    {
        var error = Assert.Throws<CqlCodecException>(() => Encode(CqlType.Ascii, "é"));

        Assert.Contains("U+00E9", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Encode_WhenDotNetTypeDoesNotMatchTheColumn_ShouldThrowNamingColumnTypeAndValueType()
    {
        var error = Assert.Throws<CqlCodecException>(() => CqlCodec.Encode(CqlType.Int, "42", "quantity"));

        Assert.Equal("'quantity' is CQL int; a value of .NET type String cannot be bound to it", error.Message);
    }

    [Fact]
    public void Encode_WhenIntegerDoesNotFitTheColumn_ShouldThrow()
    {
        Assert.Throws<CqlCodecException>(() => CqlCodec.Encode(CqlType.Int, 5_000_000_000L, "quantity"));
    }

    [Fact]
    public void Encode_WithNullAndUnset_ShouldReturnNullAndTheUnsetMarker()
    {
        Assert.Null(CqlCodec.Encode(CqlType.Int, null, "x"));
        Assert.Same(CqlCodec.Encode(CqlType.Int, Unset.Value, "x"), CqlCodec.Encode(CqlType.Text, Unset.Value, "y"));
    }
}
