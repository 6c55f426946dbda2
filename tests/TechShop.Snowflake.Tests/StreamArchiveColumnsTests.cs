using TechShop.Snowflake.Warehouse;

namespace TechShop.Snowflake.Tests;

public sealed class StreamArchiveColumnsTests
{
    [Fact]
    public void For_WhenTheEntityIsTheFxRatesArchive_ShouldReadTheColumnsAndTypesOfItsDdlWithoutLineage()
    {
        var columns = StreamArchiveColumns.For("stream_fx_rates");

        Assert.NotNull(columns);
        Assert.Equal(
            [
                "kafka_topic VARCHAR", "kafka_partition INTEGER", "kafka_offset BIGINT", "kafka_timestamp TIMESTAMP", "kafka_timestamp_type VARCHAR",
                "record_key VARCHAR", "schema_id INTEGER", "decode_status VARCHAR", "decode_error VARCHAR", "value_base64 VARCHAR",
                "date DATE", "currency VARCHAR", "rate_to_usd DECIMAL(18,8)",
            ],
            columns.Select(c => c.Name + " " + c.SqlType));
    }

    [Theory]
    [InlineData("stream_orders", 23, "lines_json")]
    [InlineData("stream_customers", 19, "changed_at")]
    public void For_WhenTheEntityIsAStreamArchive_ShouldEndWithItsPayloadColumns(string entity, int count, string last)
    {
        var columns = StreamArchiveColumns.For(entity);

        Assert.NotNull(columns);
        Assert.Equal(count, columns.Count);
        Assert.Equal(last, columns[^1].Name);
    }

    [Fact]
    public void For_WhenNoModelCreatesTheTable_ShouldReturnNull() =>
        Assert.Null(StreamArchiveColumns.For("stream_returns"));

    [Fact]
    public void Parse_WhenAColumnLineHasNoType_ShouldThrowNamingTheLine()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            StreamArchiveColumns.Parse("BRONZE.STREAM_X", "CREATE TABLE IF NOT EXISTS BRONZE.STREAM_X (\n    kafka_topic,\n    _etag VARCHAR NOT NULL\n);"));

        Assert.Equal("Column definition 'kafka_topic' of BRONZE.STREAM_X is not '<name> <type> [NOT NULL]'.", error.Message);
    }
}
