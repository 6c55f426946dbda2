namespace TechShop.Infra.Tests;

[Collection(PlatformCollection.Name)]
public sealed class FunctionsTests
{
    private static readonly string[] Handlers = ["stream-enrich", "stream-archive", "bronze-load", "silver-build", "gold-build"];
    private readonly DevPlatform _dev;
    private readonly ProdPlatform _prod;

    public FunctionsTests(DevPlatform dev, ProdPlatform prod) => (_dev, _prod) = (dev, prod);

    [Fact]
    public void Functions_ShouldRunTheAotBootstrapOnAl2023X86WithTheHandlerName()
    {
        foreach (var handler in Handlers)
        {
            var function = _dev.Function(handler);
            Assert.Equal(handler, function.GetProperty("Handler").GetString());
            Assert.Equal("provided.al2023", function.GetProperty("Runtime").GetString());
            Assert.Equal(["x86_64"], function.GetProperty("Architectures").EnumerateArray().Select(a => a.GetString()));
            Assert.Equal("Active", function.GetProperty("TracingConfig").GetProperty("Mode").GetString());
            Assert.Equal(2, function.GetProperty("VpcConfig").GetProperty("SubnetIds").GetArrayLength());
            Assert.Equal(
                ["${" + _dev.LogicalId("Network/FunctionsSecurityGroup") + ".GroupId}"],
                function.GetProperty("VpcConfig").GetProperty("SecurityGroupIds").EnumerateArray().Select(Cfn.Render));
        }
    }

    [Theory]
    [InlineData("stream-enrich", 1024, 2048, 300)]
    [InlineData("stream-archive", 1024, 2048, 300)]
    [InlineData("bronze-load", 512, 1024, 600)]
    [InlineData("silver-build", 512, 1024, 900)]
    [InlineData("gold-build", 512, 1024, 900)]
    public void Sizes_ShouldFollowTheProfile(string handler, int devMemory, int prodMemory, int timeoutSeconds)
    {
        Assert.Equal(devMemory, _dev.Function(handler).GetProperty("MemorySize").GetInt32());
        Assert.Equal(prodMemory, _prod.Function(handler).GetProperty("MemorySize").GetInt32());
        Assert.Equal(timeoutSeconds, _dev.Function(handler).GetProperty("Timeout").GetInt32());
    }

    [Fact]
    public void StreamFunctions_ShouldTimeOutWithinTheKafkaMappingLimitOf14Minutes() =>
        Assert.All(new[] { "stream-enrich", "stream-archive" }, h => Assert.True(_dev.Function(h).GetProperty("Timeout").GetInt32() <= 14 * 60));

    [Fact]
    public void LogGroups_ShouldKeepTwoWeeksInDevAndNinetyDaysInProd()
    {
        foreach (var handler in Handlers)
        {
            var group = _dev.Function(handler).GetProperty("LoggingConfig").GetProperty("LogGroup");
            Assert.Equal(14, _dev.Properties(group.GetProperty("Ref").GetString()!).GetProperty("RetentionInDays").GetInt32());
            var prodGroup = _prod.Function(handler).GetProperty("LoggingConfig").GetProperty("LogGroup");
            Assert.Equal(90, _prod.Properties(prodGroup.GetProperty("Ref").GetString()!).GetProperty("RetentionInDays").GetInt32());
        }
    }

    [Fact]
    public void StreamEnrich_ShouldGetTheLakeRegistryAndKeyspacesSettingsOnly()
    {
        var environment = _dev.EnvironmentOf("stream-enrich");

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["TECHSHOP_LAKE_BUCKET"] = "${" + _dev.LogicalId("Lake/Bucket") + "}",
                ["TECHSHOP_SCHEMA_REGISTRY_URL"] = "${SchemaRegistryUrl}",
                ["TECHSHOP_KEYSPACES_ENDPOINT"] = "cassandra.${AWS::Region}.amazonaws.com",
                ["TECHSHOP_KEYSPACE"] = "techshop",
            },
            environment);
    }

    [Fact]
    public void StreamArchive_ShouldGetTheLakeAndRegistryOnly() =>
        Assert.Equal(["TECHSHOP_LAKE_BUCKET", "TECHSHOP_SCHEMA_REGISTRY_URL"], _dev.EnvironmentOf("stream-archive").Keys.Order());

    [Fact]
    public void BronzeLoad_ShouldGetTheSnowflakeTargetTheSecretArnTheStageAndTheRegistry()
    {
        var environment = _dev.EnvironmentOf("bronze-load");

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["TECHSHOP_LAKE_BUCKET"] = "${" + _dev.LogicalId("Lake/Bucket") + "}",
                ["TECHSHOP_SCHEMA_REGISTRY_URL"] = "${SchemaRegistryUrl}",
                ["TECHSHOP_SNOWFLAKE_ACCOUNT"] = "${SnowflakeAccount}",
                ["TECHSHOP_SNOWFLAKE_USER"] = "${SnowflakeUser}",
                ["TECHSHOP_SNOWFLAKE_ROLE"] = "${SnowflakeRole}",
                ["TECHSHOP_SNOWFLAKE_WAREHOUSE"] = "${SnowflakeWarehouse}",
                ["TECHSHOP_SNOWFLAKE_DATABASE"] = "${SnowflakeDatabase}",
                ["TECHSHOP_SNOWFLAKE_KEY_SECRET_ARN"] = "${" + _dev.LogicalId("Warehouse/SnowflakeKey") + "}",
                ["TECHSHOP_SNOWFLAKE_STAGE"] = "RAW_STAGE",
            },
            environment);
    }

    [Theory]
    [InlineData("silver-build")]
    [InlineData("gold-build")]
    public void Builds_ShouldGetTheSnowflakeTargetWithoutTheStage(string handler) =>
        Assert.Equal(
            ["TECHSHOP_LAKE_BUCKET", "TECHSHOP_SNOWFLAKE_ACCOUNT", "TECHSHOP_SNOWFLAKE_DATABASE", "TECHSHOP_SNOWFLAKE_KEY_SECRET_ARN",
             "TECHSHOP_SNOWFLAKE_ROLE", "TECHSHOP_SNOWFLAKE_USER", "TECHSHOP_SNOWFLAKE_WAREHOUSE"],
            _dev.EnvironmentOf(handler).Keys.Order(StringComparer.Ordinal));

    [Fact]
    public void SnowflakeParameters_ShouldDefaultToTheContextValues()
    {
        var parameters = _dev.Json.GetProperty("Parameters");

        Assert.Equal("techshop-dev", parameters.GetProperty("SnowflakeAccount").GetProperty("Default").GetString());
        Assert.False(parameters.GetProperty("SnowflakeUser").TryGetProperty("Default", out _));
        Assert.Equal(DevPlatform.RegistryUrl, parameters.GetProperty("SchemaRegistryUrl").GetProperty("Default").GetString());
    }

    [Fact]
    public void NoFunction_ShouldCarryASecretValueInItsEnvironment() =>
        Assert.All(Handlers, h => Assert.DoesNotContain(_dev.EnvironmentOf(h).Keys, k => k.Contains("PRIVATE_KEY", StringComparison.Ordinal) || k.Contains("PASSWORD", StringComparison.Ordinal)));
}
