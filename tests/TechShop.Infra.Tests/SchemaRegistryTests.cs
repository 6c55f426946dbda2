namespace TechShop.Infra.Tests;

[Collection(PlatformCollection.Name)]
public sealed class SchemaRegistryTests
{
    private readonly DevPlatform _dev;
    private readonly ProdPlatform _prod;

    public SchemaRegistryTests(DevPlatform dev, ProdPlatform prod) => (_dev, _prod) = (dev, prod);

    [Fact]
    public void ExternalRegistry_ShouldBeAStackParameterValidatedAsAUrl()
    {
        var parameter = _dev.Json.GetProperty("Parameters").GetProperty("SchemaRegistryUrl");

        Assert.Equal("^https?://\\S+$", parameter.GetProperty("AllowedPattern").GetString());
        Assert.Empty(_dev.Resources("AWS::ECS::Service"));
        Assert.Equal("${SchemaRegistryUrl}", _dev.EnvironmentOf("stream-archive")["TECHSHOP_SCHEMA_REGISTRY_URL"]);
        Assert.Equal("${SchemaRegistryUrl}", _dev.EnvironmentOf("bronze-load")["TECHSHOP_SCHEMA_REGISTRY_URL"]);
    }

    [Fact]
    public void FargateRegistry_ShouldRunOneTaskOfTheContextImageWithIamAuthToTheBrokers()
    {
        var service = Assert.Single(_prod.Resources("AWS::ECS::Service")).Value.GetProperty("Properties");
        var container = Assert.Single(Assert.Single(_prod.Resources("AWS::ECS::TaskDefinition")).Value.GetProperty("Properties")
            .GetProperty("ContainerDefinitions").EnumerateArray());
        var environment = container.GetProperty("Environment").EnumerateArray()
            .ToDictionary(e => e.GetProperty("Name").GetString()!, e => Cfn.Render(e.GetProperty("Value")));

        Assert.Equal(1, service.GetProperty("DesiredCount").GetInt32());
        Assert.Equal("FARGATE", service.GetProperty("LaunchType").GetString());
        Assert.Equal("confluentinc/cp-schema-registry:7.7.1", container.GetProperty("Image").GetString());
        Assert.Equal("SASL_SSL", environment["SCHEMA_REGISTRY_KAFKASTORE_SECURITY_PROTOCOL"]);
        Assert.Equal("AWS_MSK_IAM", environment["SCHEMA_REGISTRY_KAFKASTORE_SASL_MECHANISM"]);
        Assert.Contains("BootstrapBrokerStringSaslIam", environment["SCHEMA_REGISTRY_KAFKASTORE_BOOTSTRAP_SERVERS"], StringComparison.Ordinal);
    }

    [Fact]
    public void FargateRegistry_ShouldBeWhatTheStreamFunctionsCall()
    {
        Assert.Equal("http://schema-registry.techshop-prod.internal:8081", _prod.EnvironmentOf("stream-enrich")["TECHSHOP_SCHEMA_REGISTRY_URL"]);
        Assert.False(_prod.Json.GetProperty("Parameters").TryGetProperty("SchemaRegistryUrl", out _));
        var registry = _prod.LogicalId("SchemaRegistry/SecurityGroup");
        Assert.Equal(
            [(8081, "${" + _prod.LogicalId("Network/FunctionsSecurityGroup") + ".GroupId}")],
            _prod.Resources("AWS::EC2::SecurityGroupIngress").Values.Select(i => i.GetProperty("Properties"))
                .Where(i => Cfn.Render(i.GetProperty("GroupId")) == "${" + registry + ".GroupId}")
                .Select(i => (i.GetProperty("FromPort").GetInt32(), Cfn.Render(i.GetProperty("SourceSecurityGroupId")))));
        Assert.False(_prod.Properties(registry).TryGetProperty("SecurityGroupIngress", out _));
    }

    [Fact]
    public void FargateRegistry_ShouldOnlyTouchItsOwnTopicAndGroups()
    {
        var taskRole = Cfn.Render(Assert.Single(_prod.Resources("AWS::ECS::TaskDefinition")).Value.GetProperty("Properties").GetProperty("TaskRoleArn"));
        var role = taskRole[2..taskRole.IndexOf('.', StringComparison.Ordinal)];
        var resources = Cfn.StatementsOfRole(_prod.Json, role)
            .ToDictionary(s => s.GetProperty("Sid").GetString()!, s => Cfn.RenderList(s.GetProperty("Resource")).Single());

        Assert.EndsWith("/_schemas", resources["RegistrySchemasTopic"], StringComparison.Ordinal);
        Assert.EndsWith("/schema-registry*", resources["RegistryGroup"], StringComparison.Ordinal);
    }
}
