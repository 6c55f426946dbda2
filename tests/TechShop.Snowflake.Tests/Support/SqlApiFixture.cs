using TechShop.Snowflake.Api;

namespace TechShop.Snowflake.Tests;

/// <summary>Builds a client against a fake server with short delays, so retries and polls take milliseconds.</summary>
internal static class SqlApiFixture
{
    public static SnowflakeOptions Options(Uri baseAddress) => new()
    {
        Account = "myorg-myaccount",
        User = "techshop_loader",
        Role = "TECHSHOP_LOADER",
        Warehouse = "TECHSHOP_WH",
        Database = "TECHSHOP",
        BaseAddress = baseAddress,
        StatementTimeout = TimeSpan.FromSeconds(120),
        RequestTimeout = TimeSpan.FromSeconds(10),
        RetryBaseDelay = TimeSpan.FromMilliseconds(1),
        RetryMaxDelay = TimeSpan.FromMilliseconds(5),
        PollInitialDelay = TimeSpan.FromMilliseconds(1),
        PollMaxDelay = TimeSpan.FromMilliseconds(5),
        MaxRetries = 3,
    };

    public static SnowflakeSqlApiClient Client(FakeHttpServer server, HttpClient http, CountingTokenSource? tokens = null, Func<SnowflakeOptions, SnowflakeOptions>? adjust = null)
    {
        var options = Options(server.BaseAddress);
        return new SnowflakeSqlApiClient(http, adjust is null ? options : adjust(options), tokens ?? new CountingTokenSource());
    }
}
