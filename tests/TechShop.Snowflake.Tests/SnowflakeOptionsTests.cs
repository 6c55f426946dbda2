using TechShop.Snowflake.Api;

namespace TechShop.Snowflake.Tests;

public sealed class SnowflakeOptionsTests
{
    [Fact]
    public void FromEnvironment_ShouldReadTheTechshopSnowflakeVariables()
    {
        var variables = new Dictionary<string, string>
        {
            ["TECHSHOP_SNOWFLAKE_ACCOUNT"] = "myorg-myaccount",
            ["TECHSHOP_SNOWFLAKE_USER"] = "TECHSHOP_LOADER",
            ["TECHSHOP_SNOWFLAKE_ROLE"] = "TECHSHOP_LOADER",
            ["TECHSHOP_SNOWFLAKE_WAREHOUSE"] = "TECHSHOP_WH",
            ["TECHSHOP_SNOWFLAKE_DATABASE"] = "TECHSHOP",
            ["TECHSHOP_SNOWFLAKE_SCHEMA"] = " ",
        };

        var options = SnowflakeOptions.FromEnvironment(name => variables.GetValueOrDefault(name));

        Assert.Equal("myorg-myaccount", options.Account);
        Assert.Equal("TECHSHOP_LOADER", options.User);
        Assert.Equal("TECHSHOP_WH", options.Warehouse);
        Assert.Equal("TECHSHOP", options.Database);
        Assert.Null(options.Schema);
        Assert.Equal(new Uri("https://myorg-myaccount.snowflakecomputing.com/"), options.ResolveBaseAddress());
        Assert.Equal(TimeSpan.FromMinutes(10), options.StatementTimeout);
    }

    [Fact]
    public void FromEnvironment_WhenAccountIsMissing_ShouldNameTheVariable()
    {
        var error = Assert.Throws<SnowflakeConfigurationException>(() =>
            SnowflakeOptions.FromEnvironment(name => name == "TECHSHOP_SNOWFLAKE_USER" ? "u" : null));

        Assert.Contains("TECHSHOP_SNOWFLAKE_ACCOUNT", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WhenStatementTimeoutIsBeyondSevenDays_ShouldRefuse()
    {
        var options = new SnowflakeOptions { Account = "a", User = "u", StatementTimeout = TimeSpan.FromDays(8) };

        var error = Assert.Throws<SnowflakeConfigurationException>(options.Validate);

        Assert.Contains("604800", error.Message, StringComparison.Ordinal);
    }
}
