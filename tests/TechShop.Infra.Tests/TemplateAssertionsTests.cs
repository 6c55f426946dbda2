using Amazon.CDK.Assertions;

namespace TechShop.Infra.Tests;

/// <summary>The headline guarantees, stated with the CDK's own assertion API.</summary>
[Collection(PlatformCollection.Name)]
public sealed class TemplateAssertionsTests
{
    private readonly DevPlatform _dev;
    private readonly ProdPlatform _prod;

    public TemplateAssertionsTests(DevPlatform dev, ProdPlatform prod) => (_dev, _prod) = (dev, prod);

    [Fact]
    public void Template_ShouldHoldOneResourcePerPlatformPiece()
    {
        _dev.Template.ResourceCountIs("AWS::MSK::Cluster", 1);
        _dev.Template.ResourceCountIs("AWS::Cassandra::Keyspace", 1);
        _dev.Template.ResourceCountIs("AWS::Cassandra::Table", 2);
        _dev.Template.ResourceCountIs("AWS::Lambda::EventSourceMapping", 6);
        _dev.Template.ResourceCountIs("AWS::Events::Rule", 2);
        _dev.Template.ResourceCountIs("AWS::SecretsManager::Secret", 1);
        _dev.Template.ResourceCountIs("AWS::CloudWatch::Dashboard", 1);
        _dev.Template.ResourceCountIs("AWS::S3::Bucket", 2);
    }

    [Fact]
    public void Cluster_ShouldAcceptOnlyIamOverTls() =>
        _dev.Template.HasResourceProperties("AWS::MSK::Cluster", new Dictionary<string, object>
        {
            ["ClientAuthentication"] = new Dictionary<string, object>
            {
                ["Sasl"] = new Dictionary<string, object> { ["Iam"] = new Dictionary<string, object> { ["Enabled"] = true } },
                ["Unauthenticated"] = new Dictionary<string, object> { ["Enabled"] = false },
            },
            ["EncryptionInfo"] = new Dictionary<string, object>
            {
                ["EncryptionInTransit"] = new Dictionary<string, object> { ["ClientBroker"] = "TLS", ["InCluster"] = true },
            },
        });

    [Fact]
    public void Mappings_ShouldReportPartialFailuresInProvisionedMode() =>
        _prod.Template.AllResourcesProperties("AWS::Lambda::EventSourceMapping", Match.ObjectLike(new Dictionary<string, object>
        {
            ["StartingPosition"] = "TRIM_HORIZON",
            ["FunctionResponseTypes"] = new[] { "ReportBatchItemFailures" },
            ["ProvisionedPollerConfig"] = new Dictionary<string, object> { ["MinimumPollers"] = 1, ["MaximumPollers"] = 20 },
        }));

    [Fact]
    public void Functions_ShouldAllRunTheBootstrapOnAl2023() =>
        _dev.Template.AllResourcesProperties("AWS::Lambda::Function", Match.ObjectLike(new Dictionary<string, object>
        {
            ["Runtime"] = Match.StringLikeRegexp("^(provided\\.al2023|python3\\.\\d+)$"),
        }));

    [Fact]
    public void ProdTables_ShouldHavePointInTimeRecovery() =>
        _prod.Template.AllResourcesProperties("AWS::Cassandra::Table", Match.ObjectLike(new Dictionary<string, object>
        {
            ["PointInTimeRecoveryEnabled"] = true,
            ["BillingMode"] = new Dictionary<string, object> { ["Mode"] = "ON_DEMAND" },
        }));
}
