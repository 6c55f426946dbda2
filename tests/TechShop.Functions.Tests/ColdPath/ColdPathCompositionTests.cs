using TechShop.Functions.ColdPath;
using TechShop.Lambda.Hosting;

namespace TechShop.Functions.Tests.ColdPath;

public sealed class ColdPathCompositionTests
{
    private static readonly Dictionary<string, string> Production = new()
    {
        ["TECHSHOP_LAKE_BUCKET"] = "techshop-lake",
        ["AWS_REGION"] = "eu-west-1",
        ["TECHSHOP_SNOWFLAKE_ACCOUNT"] = "myorg-myaccount",
        ["TECHSHOP_SNOWFLAKE_USER"] = "TECHSHOP_LOADER",
        ["TECHSHOP_SNOWFLAKE_ROLE"] = "TECHSHOP_LOADER",
        ["TECHSHOP_SNOWFLAKE_WAREHOUSE"] = "TECHSHOP_WH",
        ["TECHSHOP_SNOWFLAKE_DATABASE"] = "TECHSHOP",
        ["TECHSHOP_SNOWFLAKE_KEY_SECRET_ARN"] = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:techshop-snowflake-key",
    };

    [Fact]
    public void BronzeLoad_WhenTheRegistryUrlIsSet_ShouldBuildWithoutConnecting()
    {
        var variables = new Dictionary<string, string>(Production) { ["TECHSHOP_SCHEMA_REGISTRY_URL"] = "http://127.0.0.1:1" };

        var handler = ColdPathFunctions.Register(new LambdaHandlerCatalog(), name => variables.GetValueOrDefault(name)).Create("bronze-load");

        Assert.Equal("bronze-load", handler.Name);
    }

    [Fact]
    public void BronzeLoad_WhenTheRegistryUrlIsNotAnHttpUrl_ShouldFailQuotingIt()
    {
        var variables = new Dictionary<string, string>(Production) { ["TECHSHOP_SCHEMA_REGISTRY_URL"] = "registry:8081" };
        var catalog = ColdPathFunctions.Register(new LambdaHandlerCatalog(), name => variables.GetValueOrDefault(name));

        var error = Assert.Throws<InvalidOperationException>(() => catalog.Create("bronze-load"));

        Assert.Equal("TECHSHOP_SCHEMA_REGISTRY_URL 'registry:8081' is not an absolute http(s) URL such as https://registry.example.com:8081.", error.Message);
    }
}
