namespace TechShop.Infra.Tests;

[Collection(PlatformCollection.Name)]
public sealed class EventSourceMappingTests
{
    private readonly DevPlatform _dev;
    private readonly ProdPlatform _prod;

    public EventSourceMappingTests(DevPlatform dev, ProdPlatform prod) => (_dev, _prod) = (dev, prod);

    private static IEnumerable<System.Text.Json.JsonElement> KafkaMappings(SynthesizedPlatform platform) =>
        platform.Resources("AWS::Lambda::EventSourceMapping").Values.Select(m => m.GetProperty("Properties")).Where(p => p.TryGetProperty("Topics", out _));

    [Fact]
    public void Mappings_ShouldBeSixKafkaOnesAndOneFromTheBronzeNotificationsQueue()
    {
        Assert.Equal(6, KafkaMappings(_dev).Count());
        var bronze = Assert.Single(_dev.MappingsOf("bronze-load"));
        Assert.Equal("${" + _dev.LogicalId("BronzeNotifications/Queue") + ".Arn}", Cfn.Render(bronze.GetProperty("EventSourceArn")));
    }

    [Fact]
    public void BronzeMapping_WhenDev_ShouldTakeBatchesOf100Within5SecondsTwoAtATimeAndReportItemFailures()
    {
        var bronze = Assert.Single(_dev.MappingsOf("bronze-load"));

        Assert.Equal((100, 5), (bronze.GetProperty("BatchSize").GetInt32(), bronze.GetProperty("MaximumBatchingWindowInSeconds").GetInt32()));
        Assert.Equal(2, bronze.GetProperty("ScalingConfig").GetProperty("MaximumConcurrency").GetInt32());
        Assert.Equal(["ReportBatchItemFailures"], bronze.GetProperty("FunctionResponseTypes").EnumerateArray().Select(t => t.GetString()));
        Assert.False(bronze.TryGetProperty("StartingPosition", out _));
    }

    [Fact]
    public void BronzeMapping_WhenProd_ShouldTakeBatchesOf1000Within20SecondsTenAtATime()
    {
        var bronze = Assert.Single(_prod.MappingsOf("bronze-load"));

        Assert.Equal((1000, 20), (bronze.GetProperty("BatchSize").GetInt32(), bronze.GetProperty("MaximumBatchingWindowInSeconds").GetInt32()));
        Assert.Equal(10, bronze.GetProperty("ScalingConfig").GetProperty("MaximumConcurrency").GetInt32());
        Assert.Equal(["ReportBatchItemFailures"], bronze.GetProperty("FunctionResponseTypes").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public void BronzeMapping_ShouldDependOnTheRolePolicyThatLetsItReceive()
    {
        var mapping = _dev.Json.GetProperty("Resources").GetProperty(_dev.LogicalId("BronzeNotifications/Mapping"));

        Assert.Contains(mapping.GetProperty("DependsOn").EnumerateArray().Select(d => d.GetString()),
            d => d!.StartsWith("FunctionsbronzeloadServiceRoleDefaultPolicy", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("stream-enrich")]
    [InlineData("stream-archive")]
    public void Mappings_ShouldReadEachTopicFromTheStartWithItsOwnConsumerGroup(string handler)
    {
        var mappings = _dev.MappingsOf(handler).ToArray();

        Assert.Equal(
            new[] { "customers", "fx-rates", "orders" }.Select(t => (t, $"techshop-dev-{handler}-{t}")),
            mappings.Select(m => (
                Assert.Single(m.GetProperty("Topics").EnumerateArray()).GetString()!,
                m.GetProperty("AmazonManagedKafkaEventSourceConfig").GetProperty("ConsumerGroupId").GetString()!)).Order());
        Assert.All(mappings, m =>
        {
            Assert.Equal("TRIM_HORIZON", m.GetProperty("StartingPosition").GetString());
            Assert.Equal("${" + _dev.LogicalId("Streaming/Cluster") + ".Arn}", Cfn.Render(m.GetProperty("EventSourceArn")));
        });
    }

    [Fact]
    public void Mappings_WhenDev_ShouldUseTheDevBatchingRetriesAndPollers() =>
        Assert.All(KafkaMappings(_dev), m =>
        {
            Assert.Equal(100, m.GetProperty("BatchSize").GetInt32());
            Assert.Equal(1, m.GetProperty("MaximumBatchingWindowInSeconds").GetInt32());
            Assert.Equal(3, m.GetProperty("MaximumRetryAttempts").GetInt32());
            Assert.Equal(["ReportBatchItemFailures"], m.GetProperty("FunctionResponseTypes").EnumerateArray().Select(t => t.GetString()));
            Assert.Equal(
                "${" + _dev.LogicalId("Lake/FailedBatches") + ".Arn}",
                Cfn.Render(m.GetProperty("DestinationConfig").GetProperty("OnFailure").GetProperty("Destination")));
            var pollers = m.GetProperty("ProvisionedPollerConfig");
            Assert.Equal((1, 2), (pollers.GetProperty("MinimumPollers").GetInt32(), pollers.GetProperty("MaximumPollers").GetInt32()));
        });

    [Fact]
    public void Mappings_WhenProd_ShouldUseLargerBatchesMoreRetriesAndMorePollers() =>
        Assert.All(KafkaMappings(_prod), m =>
        {
            Assert.Equal(500, m.GetProperty("BatchSize").GetInt32());
            Assert.Equal(10, m.GetProperty("MaximumRetryAttempts").GetInt32());
            Assert.Equal(20, m.GetProperty("ProvisionedPollerConfig").GetProperty("MaximumPollers").GetInt32());
        });

    [Fact]
    public void Mappings_ShouldDependOnTheFunctionAndItsPolicy()
    {
        var function = _dev.LogicalId("Functions/stream-enrich");
        var mapping = _dev.Json.GetProperty("Resources").EnumerateObject()
            .First(r => r.Value.GetProperty("Type").GetString() == "AWS::Lambda::EventSourceMapping"
                        && Cfn.Render(r.Value.GetProperty("Properties").GetProperty("FunctionName")) == "${" + function + "}");

        var dependsOn = mapping.Value.GetProperty("DependsOn").EnumerateArray().Select(d => d.GetString()).ToArray();
        Assert.Contains(function, dependsOn);
        Assert.Contains(dependsOn, d => d!.StartsWith("FunctionsstreamenrichServiceRoleDefaultPolicy", StringComparison.Ordinal));
    }
}
