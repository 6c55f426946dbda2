namespace TechShop.Infra.Tests;

[Collection(PlatformCollection.Name)]
public sealed class OutputsTests
{
    private readonly DevPlatform _dev;

    public OutputsTests(DevPlatform dev) => _dev = dev;

    [Fact]
    public void Outputs_ShouldGiveEverythingTheSnowflakeSetupAndOperatorsNeed()
    {
        var outputs = _dev.Json.GetProperty("Outputs").EnumerateObject()
            .ToDictionary(o => o.Name, o => Cfn.Render(o.Value.GetProperty("Value")));

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["LakeBucketNameOutput"] = "${" + _dev.LogicalId("Lake/Bucket") + "}",
                ["KafkaClusterArnOutput"] = "${" + _dev.LogicalId("Streaming/Cluster") + ".Arn}",
                ["SchemaRegistryUrlOutput"] = "${SchemaRegistryUrl}",
                ["SnowflakeKeySecretArnOutput"] = "${" + _dev.LogicalId("Warehouse/SnowflakeKey") + "}",
                ["SnowflakeStorageIntegrationRoleArnOutput"] = "${" + _dev.LogicalId("Warehouse/StorageIntegrationRole") + ".Arn}",
                ["SnowflakeExternalIdOutput"] = "techshop-dev-ext-0001",
                ["AlarmTopicArnOutput"] = "${" + _dev.LogicalId("Observability/Alarms") + "}",
            },
            outputs);
    }
}
