using System.Text.Json;

namespace TechShop.Infra.Tests;

[Collection(PlatformCollection.Name)]
public sealed class StreamingTests
{
    private readonly DevPlatform _dev;
    private readonly ProdPlatform _prod;
    private readonly ServerlessPlatform _serverless;

    public StreamingTests(DevPlatform dev, ProdPlatform prod, ServerlessPlatform serverless) =>
        (_dev, _prod, _serverless) = (dev, prod, serverless);

    private static JsonElement Cluster(SynthesizedPlatform platform) =>
        Assert.Single(platform.Resources("AWS::MSK::Cluster")).Value.GetProperty("Properties");

    private static string[] ServerProperties(SynthesizedPlatform platform) =>
        Assert.Single(platform.Resources("AWS::MSK::Configuration")).Value.GetProperty("Properties")
            .GetProperty("ServerProperties").GetString()!.Split('\n');

    [Fact]
    public void Cluster_ShouldRequireIamAuthenticationAndTlsEverywhere()
    {
        var cluster = Cluster(_dev);

        var authentication = cluster.GetProperty("ClientAuthentication");
        Assert.True(authentication.GetProperty("Sasl").GetProperty("Iam").GetProperty("Enabled").GetBoolean());
        Assert.False(authentication.GetProperty("Unauthenticated").GetProperty("Enabled").GetBoolean());
        var transit = cluster.GetProperty("EncryptionInfo").GetProperty("EncryptionInTransit");
        Assert.Equal("TLS", transit.GetProperty("ClientBroker").GetString());
        Assert.True(transit.GetProperty("InCluster").GetBoolean());
    }

    [Fact]
    public void Cluster_WhenDev_ShouldUseTheDevSizes()
    {
        var cluster = Cluster(_dev);

        Assert.Equal("techshop-dev", cluster.GetProperty("ClusterName").GetString());
        Assert.Equal(2, cluster.GetProperty("NumberOfBrokerNodes").GetInt32());
        var brokers = cluster.GetProperty("BrokerNodeGroupInfo");
        Assert.Equal("kafka.t3.small", brokers.GetProperty("InstanceType").GetString());
        Assert.Equal(100, brokers.GetProperty("StorageInfo").GetProperty("EBSStorageInfo").GetProperty("VolumeSize").GetInt32());
        Assert.Equal(2, brokers.GetProperty("ClientSubnets").GetArrayLength());
        Assert.Equal("DEFAULT", cluster.GetProperty("EnhancedMonitoring").GetString());
    }

    [Fact]
    public void Cluster_WhenProd_ShouldUseTheProdSizesAndPerTopicMonitoring()
    {
        var cluster = Cluster(_prod);

        Assert.Equal(3, cluster.GetProperty("NumberOfBrokerNodes").GetInt32());
        Assert.Equal("kafka.m7g.large", cluster.GetProperty("BrokerNodeGroupInfo").GetProperty("InstanceType").GetString());
        Assert.Equal(1000, cluster.GetProperty("BrokerNodeGroupInfo").GetProperty("StorageInfo").GetProperty("EBSStorageInfo").GetProperty("VolumeSize").GetInt32());
        Assert.Equal("PER_TOPIC_PER_BROKER", cluster.GetProperty("EnhancedMonitoring").GetString());
    }

    [Fact]
    public void Configuration_WhenDev_ShouldCreateTopicsOnFirstUseWithTheContextPartitions() =>
        Assert.Equal(
            ["auto.create.topics.enable=true", "num.partitions=3", "default.replication.factor=2", "min.insync.replicas=1", "unclean.leader.election.enable=false"],
            ServerProperties(_dev));

    [Fact]
    public void Configuration_WhenProd_ShouldReplicateThreeTimesWithTwoInSync() =>
        Assert.Equal(
            ["auto.create.topics.enable=true", "num.partitions=12", "default.replication.factor=3", "min.insync.replicas=2", "unclean.leader.election.enable=false"],
            ServerProperties(_prod));

    [Fact]
    public void ClusterSecurityGroup_ShouldAdmitFunctionsAndItsOwnPollersOnTheIamTlsPort()
    {
        var cluster = _dev.LogicalId("Streaming/ClusterSecurityGroup");
        var sources = _dev.Resources("AWS::EC2::SecurityGroupIngress").Values.Select(i => i.GetProperty("Properties"))
            .Where(i => Cfn.Render(i.GetProperty("GroupId")) == "${" + cluster + ".GroupId}")
            .Select(i => (i.GetProperty("FromPort").GetInt32(), i.GetProperty("ToPort").GetInt32(), Cfn.Render(i.GetProperty("SourceSecurityGroupId"))))
            .Order().ToArray();

        Assert.Equal(
            new[]
            {
                (9098, 9098, "${" + cluster + ".GroupId}"),
                (9098, 9098, "${" + _dev.LogicalId("Network/FunctionsSecurityGroup") + ".GroupId}"),
            }.Order(),
            sources);
    }

    [Fact]
    public void Cluster_WhenServerless_ShouldBeAnIamServerlessClusterInThePrivateSubnets()
    {
        Assert.Empty(_serverless.Resources("AWS::MSK::Cluster"));
        var cluster = Assert.Single(_serverless.Resources("AWS::MSK::ServerlessCluster")).Value.GetProperty("Properties");

        Assert.True(cluster.GetProperty("ClientAuthentication").GetProperty("Sasl").GetProperty("Iam").GetProperty("Enabled").GetBoolean());
        Assert.Equal(2, cluster.GetProperty("VpcConfigs")[0].GetProperty("SubnetIds").GetArrayLength());
        Assert.Equal(6, _serverless.Resources("AWS::Lambda::EventSourceMapping").Values.Count(m => m.GetProperty("Properties").TryGetProperty("Topics", out _)));
    }
}
