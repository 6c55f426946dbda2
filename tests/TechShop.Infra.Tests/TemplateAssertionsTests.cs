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
        _dev.Template.ResourceCountIs("AWS::Lambda::EventSourceMapping", 7);
        _dev.Template.ResourceCountIs("AWS::SQS::Queue", 2);
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
    public void KafkaMappings_ShouldReportPartialFailuresInProvisionedMode() =>
        Assert.Equal(6, _prod.Template.FindResources("AWS::Lambda::EventSourceMapping", Match.ObjectLike(new Dictionary<string, object>
        {
            ["Properties"] = Match.ObjectLike(new Dictionary<string, object>
            {
                ["StartingPosition"] = "TRIM_HORIZON",
                ["FunctionResponseTypes"] = new[] { "ReportBatchItemFailures" },
                ["ProvisionedPollerConfig"] = new Dictionary<string, object> { ["MinimumPollers"] = 1, ["MaximumPollers"] = 20 },
            }),
        })).Count);

    [Fact]
    public void BronzeNotificationsQueue_ShouldBeEncryptedOutliveSixFunctionTimeoutsAndRedriveToItsDeadLetterQueue() =>
        _prod.Template.HasResourceProperties("AWS::SQS::Queue", new Dictionary<string, object>
        {
            ["SqsManagedSseEnabled"] = true,
            ["VisibilityTimeout"] = 3600,
            ["MessageRetentionPeriod"] = 1_209_600,
            ["RedrivePolicy"] = new Dictionary<string, object>
            {
                ["deadLetterTargetArn"] = new Dictionary<string, object> { ["Fn::GetAtt"] = new[] { _prod.LogicalId("BronzeNotifications/DeadLetters"), "Arn" } },
                ["maxReceiveCount"] = 5,
            },
        });

    [Fact]
    public void BronzeNotificationsDeadLetterQueue_ShouldBeEncryptedAndKeepMessages14Days() =>
        _prod.Template.HasResourceProperties("AWS::SQS::Queue", new Dictionary<string, object>
        {
            ["SqsManagedSseEnabled"] = true,
            ["MessageRetentionPeriod"] = 1_209_600,
            ["RedrivePolicy"] = Match.Absent(),
        });

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
