using TechShop.Snowflake.Api;

namespace TechShop.Snowflake.Tests;

public sealed class SnowflakeAccountTests
{
    [Theory]
    [InlineData("myorg-myaccount", "MYORG-MYACCOUNT")]
    [InlineData("MyOrg-My_Account", "MYORG-MY_ACCOUNT")]
    [InlineData("xy12345", "XY12345")]
    [InlineData("xy12345.eu-west-1", "XY12345")]
    [InlineData("xy12345.eu-west-1.aws", "XY12345")]
    [InlineData("xy12345.us-east-2.aws.snowflakecomputing.com", "XY12345")]
    [InlineData("myaccount-abcdefgh.global", "MYACCOUNT")]
    [InlineData("https://myorg-myaccount.snowflakecomputing.com/", "MYORG-MYACCOUNT")]
    public void JwtAccountName_ShouldFollowSnowflakesRules(string identifier, string expected) =>
        Assert.Equal(expected, SnowflakeAccount.JwtAccountName(identifier));

    [Theory]
    [InlineData("myorg-myaccount", "https://myorg-myaccount.snowflakecomputing.com/")]
    [InlineData("MyOrg-My_Account", "https://myorg-my-account.snowflakecomputing.com/")]
    [InlineData("xy12345.eu-west-1", "https://xy12345.eu-west-1.snowflakecomputing.com/")]
    [InlineData("xy12345.eu-west-1.snowflakecomputing.com", "https://xy12345.eu-west-1.snowflakecomputing.com/")]
    public void HostUri_ShouldBeTheAccountsSnowflakecomputingHost(string identifier, string expected) =>
        Assert.Equal(new Uri(expected), SnowflakeAccount.HostUri(identifier));
}
