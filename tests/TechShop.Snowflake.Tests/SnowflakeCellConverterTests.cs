using TechShop.Snowflake.Api;

namespace TechShop.Snowflake.Tests;

public sealed class SnowflakeCellConverterTests
{
    [Fact]
    public void Convert_WhenFixedExceedsALong_ShouldKeepItExactAsDecimal() =>
        Assert.Equal(12345678901234567890123m, SnowflakeCellConverter.Convert(new SnowflakeColumn("N", "fixed", 38, 0, false), "12345678901234567890123"));

    [Fact]
    public void Convert_WhenTimestampIsBeforeTheEpoch_ShouldCountTheFractionBackwards() =>
        Assert.Equal(new DateTime(1969, 12, 31, 23, 59, 58, 500, DateTimeKind.Utc), SnowflakeCellConverter.Convert(new SnowflakeColumn("T", "timestamp_ntz", null, 9, true), "-1.500000000"));

    [Fact]
    public void Convert_WhenDateIsNegative_ShouldBeBeforeTheEpoch() =>
        Assert.Equal(new DateOnly(1969, 12, 31), SnowflakeCellConverter.Convert(new SnowflakeColumn("D", "date", null, null, true), "-1"));

    [Fact]
    public void Convert_WhenTimeHasNanoseconds_ShouldKeepTicks() =>
        Assert.Equal(new TimeOnly(8, 15, 30, 412, 300), SnowflakeCellConverter.Convert(new SnowflakeColumn("T", "time", null, 9, true), "29730.412300000"));

    [Fact]
    public void Convert_WhenRealIsNaN_ShouldBeNaN() =>
        Assert.Equal(double.NaN, SnowflakeCellConverter.Convert(new SnowflakeColumn("R", "real", null, null, true), "NaN"));

    [Fact]
    public void Convert_WhenCellIsNotOfTheColumnsType_ShouldNameColumnTypeAndValue()
    {
        var error = Assert.Throws<FormatException>(() => SnowflakeCellConverter.Convert(new SnowflakeColumn("QTY", "fixed", 18, 0, false), "ten"));

        Assert.Equal("Column QTY of type fixed holds 'ten', which is not a valid fixed cell.", error.Message);
    }
}
