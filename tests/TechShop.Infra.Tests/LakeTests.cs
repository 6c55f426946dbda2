using System.Text.Json;

namespace TechShop.Infra.Tests;

[Collection(PlatformCollection.Name)]
public sealed class LakeTests
{
    private readonly DevPlatform _dev;
    private readonly ProdPlatform _prod;

    public LakeTests(DevPlatform dev, ProdPlatform prod) => (_dev, _prod) = (dev, prod);

    private static JsonElement Lake(SynthesizedPlatform platform) => platform.Properties(platform.LogicalId("Lake/Bucket"));

    [Theory]
    [InlineData("Lake/Bucket")]
    [InlineData("Lake/FailedBatches")]
    public void Buckets_ShouldBlockPublicAccessAndKeepVersions(string path)
    {
        var bucket = _dev.Properties(_dev.LogicalId(path));

        var block = bucket.GetProperty("PublicAccessBlockConfiguration");
        foreach (var setting in new[] { "BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets" })
        {
            Assert.True(block.GetProperty(setting).GetBoolean(), setting);
        }

        Assert.Equal("Enabled", bucket.GetProperty("VersioningConfiguration").GetProperty("Status").GetString());
    }

    [Theory]
    [InlineData("Lake/Bucket")]
    [InlineData("Lake/FailedBatches")]
    public void BucketPolicies_ShouldDenyEveryRequestWithoutTls(string path)
    {
        var bucket = _dev.LogicalId(path);
        var policy = _dev.Resources("AWS::S3::BucketPolicy").Values.Select(p => p.GetProperty("Properties"))
            .Single(p => Cfn.Render(p.GetProperty("Bucket")) == "${" + bucket + "}");

        var statement = Assert.Single(policy.GetProperty("PolicyDocument").GetProperty("Statement").EnumerateArray());
        Assert.Equal("Deny", statement.GetProperty("Effect").GetString());
        Assert.Equal("s3:*", statement.GetProperty("Action").GetString());
        Assert.Equal("false", statement.GetProperty("Condition").GetProperty("Bool").GetProperty("aws:SecureTransport").GetString());
        Assert.Equal(["${" + bucket + ".Arn}", "${" + bucket + ".Arn}/*"], Cfn.RenderList(statement.GetProperty("Resource")));
    }

    [Fact]
    public void Encryption_WhenDev_ShouldBeS3Managed()
    {
        var rule = Lake(_dev).GetProperty("BucketEncryption").GetProperty("ServerSideEncryptionConfiguration")[0];

        Assert.Equal("AES256", rule.GetProperty("ServerSideEncryptionByDefault").GetProperty("SSEAlgorithm").GetString());
        Assert.Empty(_dev.Resources("AWS::KMS::Key"));
    }

    [Fact]
    public void Encryption_WhenProd_ShouldUseARotatedCustomerKeyWithBucketKeys()
    {
        var rule = Lake(_prod).GetProperty("BucketEncryption").GetProperty("ServerSideEncryptionConfiguration")[0];
        var key = _prod.LogicalId("Lake/Key");

        Assert.Equal("aws:kms", rule.GetProperty("ServerSideEncryptionByDefault").GetProperty("SSEAlgorithm").GetString());
        Assert.Equal("${" + key + ".Arn}", Cfn.Render(rule.GetProperty("ServerSideEncryptionByDefault").GetProperty("KMSMasterKeyID")));
        Assert.True(rule.GetProperty("BucketKeyEnabled").GetBoolean());
        Assert.True(_prod.Properties(key).GetProperty("EnableKeyRotation").GetBoolean());
    }

    [Fact]
    public void Lifecycle_WhenDev_ShouldTierRawAndExpireDeadLettersAndQuarantine()
    {
        var rules = Lake(_dev).GetProperty("LifecycleConfiguration").GetProperty("Rules").EnumerateArray()
            .ToDictionary(r => r.GetProperty("Id").GetString()!);

        var raw = rules["raw-to-cheaper-storage"];
        Assert.Equal("raw/", raw.GetProperty("Prefix").GetString());
        Assert.Equal(
            [("STANDARD_IA", 30), ("GLACIER", 90)],
            raw.GetProperty("Transitions").EnumerateArray().Select(t => (t.GetProperty("StorageClass").GetString(), t.GetProperty("TransitionInDays").GetInt32())));
        Assert.Equal(("dead-letter/", 30), (rules["dead-letter-expiry"].GetProperty("Prefix").GetString(), rules["dead-letter-expiry"].GetProperty("ExpirationInDays").GetInt32()));
        Assert.Equal(("quarantine/", 30), (rules["quarantine-expiry"].GetProperty("Prefix").GetString(), rules["quarantine-expiry"].GetProperty("ExpirationInDays").GetInt32()));
        Assert.Equal(7, rules["old-versions-and-uploads"].GetProperty("AbortIncompleteMultipartUpload").GetProperty("DaysAfterInitiation").GetInt32());
    }

    [Fact]
    public void Lifecycle_WhenProd_ShouldKeepDeadLettersForAYear()
    {
        var rules = Lake(_prod).GetProperty("LifecycleConfiguration").GetProperty("Rules").EnumerateArray()
            .ToDictionary(r => r.GetProperty("Id").GetString()!);

        Assert.Equal(365, rules["dead-letter-expiry"].GetProperty("ExpirationInDays").GetInt32());
        Assert.Equal(180, rules["raw-to-cheaper-storage"].GetProperty("Transitions")[1].GetProperty("TransitionInDays").GetInt32());
    }

    [Fact]
    public void Notifications_ShouldSendRawBatchAndRawStreamObjectsToTheBronzeNotificationsQueue()
    {
        var notifications = Assert.Single(_dev.Resources("Custom::S3BucketNotifications")).Value.GetProperty("Properties");
        var queue = "${" + _dev.LogicalId("BronzeNotifications/Queue") + ".Arn}";
        var configuration = notifications.GetProperty("NotificationConfiguration");

        Assert.Equal("${" + _dev.LogicalId("Lake/Bucket") + "}", Cfn.Render(notifications.GetProperty("BucketName")));
        Assert.False(configuration.TryGetProperty("LambdaFunctionConfigurations", out _));
        Assert.Equal(
            [("s3:ObjectCreated:*", "raw/batch/", queue), ("s3:ObjectCreated:*", "raw/stream/", queue)],
            configuration.GetProperty("QueueConfigurations").EnumerateArray().Select(c => (
                c.GetProperty("Events")[0].GetString(),
                c.GetProperty("Filter").GetProperty("Key").GetProperty("FilterRules")[0].GetProperty("Value").GetString(),
                Cfn.Render(c.GetProperty("QueueArn")))));
    }

    [Fact]
    public void NotificationsQueuePolicy_ShouldLetOnlyTheLakeBucketSendAndRequireTls()
    {
        var statements = Assert.Single(_dev.Resources("AWS::SQS::QueuePolicy").Values,
                p => Cfn.RenderList(p.GetProperty("Properties").GetProperty("Queues")).Single() == "${" + _dev.LogicalId("BronzeNotifications/Queue") + "}")
            .GetProperty("Properties").GetProperty("PolicyDocument").GetProperty("Statement").EnumerateArray().ToArray();

        var send = Assert.Single(statements, s => s.GetProperty("Effect").GetString() == "Allow");
        Assert.Equal("s3.amazonaws.com", send.GetProperty("Principal").GetProperty("Service").GetString());
        Assert.Contains("sqs:SendMessage", Cfn.RenderList(send.GetProperty("Action")));
        Assert.Equal("${" + _dev.LogicalId("Lake/Bucket") + ".Arn}", Cfn.Render(send.GetProperty("Condition").GetProperty("ArnLike").GetProperty("aws:SourceArn")));
        var tls = Assert.Single(statements, s => s.GetProperty("Effect").GetString() == "Deny");
        Assert.Equal("false", Cfn.Render(tls.GetProperty("Condition").GetProperty("Bool").GetProperty("aws:SecureTransport")));
    }

    [Fact]
    public void Metrics_ShouldCountDeadLetterWritesByPrefix()
    {
        var metrics = Assert.Single(Lake(_dev).GetProperty("MetricsConfigurations").EnumerateArray());

        Assert.Equal(("dead-letter", "dead-letter/"), (metrics.GetProperty("Id").GetString(), metrics.GetProperty("Prefix").GetString()));
    }
}
