using TechShop.Infra.Configuration;

namespace TechShop.Infra.Tests;

public sealed class PlatformSettingsReaderTests
{
    private static PlatformSettings Read(params (string Key, object Value)[] context)
    {
        var values = context.ToDictionary(c => c.Key, c => c.Value);
        return PlatformSettingsReader.Read(new ContextReader(key => values.GetValueOrDefault(key)));
    }

    private static InvalidContextException ErrorOf(params (string Key, object Value)[] context) =>
        Assert.Throws<InvalidContextException>(() => Read(context));

    [Fact]
    public void Read_WhenNothingIsSet_ShouldUseTheDevProfile()
    {
        var settings = Read();

        Assert.Equal("dev", settings.Environment);
        Assert.Equal("TechShop-dev", settings.StackName);
        Assert.Equal("sql/keyspaces", settings.KeyspacesDdlDirectory);
        Assert.Equal((2, (int?)null, "kafka.t3.small", 100, 3), (settings.MaxAzs, settings.BrokerCount, settings.BrokerInstanceType, settings.BrokerStorageGiB, settings.TopicPartitions));
        Assert.False(settings.LakeKmsEncryption);
        Assert.False(settings.PointInTimeRecovery);
        Assert.False(settings.RetainData);
        Assert.Null(settings.SchemaRegistryUrl);
    }

    [Fact]
    public void Read_WhenProd_ShouldUseTheProdProfile()
    {
        var settings = Read(("env", "prod"));

        Assert.Equal((3, (int?)null, "kafka.m7g.large", 1000, 12), (settings.MaxAzs, settings.BrokerCount, settings.BrokerInstanceType, settings.BrokerStorageGiB, settings.TopicPartitions));
        Assert.True(settings.LakeKmsEncryption);
        Assert.True(settings.PointInTimeRecovery);
        Assert.True(settings.RetainData);
        Assert.Equal(3, settings.NatGateways);
    }

    [Fact]
    public void Read_BronzeBatching_ShouldTakeSmallBatchesInDevAndAThousandNotificationsIn20SecondsInProd()
    {
        var dev = Read();
        var prod = Read(("env", "prod"));

        Assert.Equal((100, 5, 5, 2), (dev.BronzeBatchSize, dev.BronzeBatchingWindowSeconds, dev.BronzeMaxReceiveCount, dev.BronzeMaxConcurrency));
        Assert.Equal((1000, 20, 5, 10), (prod.BronzeBatchSize, prod.BronzeBatchingWindowSeconds, prod.BronzeMaxReceiveCount, prod.BronzeMaxConcurrency));
    }

    [Fact]
    public void Read_WhenABronzeBatchAboveTenHasNoWindow_ShouldRefuseNamingTheWindowKey() =>
        Assert.Equal(
            "Context key 'techshop:bronzeBatchingWindowSeconds' expected at least 1 second when techshop:bronzeBatchSize (50) is above 10, as Lambda requires of SQS batches, got '0'.",
            ErrorOf(("techshop:bronzeBatchSize", "50"), ("techshop:bronzeBatchingWindowSeconds", "0")).Message);

    [Fact]
    public void Read_WhenABronzeBatchOfTenHasNoWindow_ShouldAcceptIt() =>
        Assert.Equal((10, 0), (Read(("techshop:bronzeBatchSize", 10), ("techshop:bronzeBatchingWindowSeconds", 0)) is var s ? (s.BronzeBatchSize, s.BronzeBatchingWindowSeconds) : default));

    [Theory]
    [InlineData("techshop:bronzeBatchSize", "10001", "a whole number from 1 to 10000")]
    [InlineData("techshop:bronzeBatchingWindowSeconds", "301", "a whole number from 0 to 300")]
    [InlineData("techshop:bronzeMaxReceiveCount", "0", "a whole number from 1 to 1000")]
    [InlineData("techshop:bronzeMaxConcurrency", "1", "a whole number from 2 to 1000")]
    public void Read_WhenABronzeQueueSettingIsOutOfRange_ShouldNameTheKeyAndTheRange(string key, string value, string expected) =>
        Assert.Equal($"Context key '{key}' expected {expected}, got '{value}'.", ErrorOf((key, value)).Message);

    [Fact]
    public void Read_WhenLocal_ShouldNeedNoNatGateway() => Assert.Equal(0, Read(("env", "local")).NatGateways);

    [Fact]
    public void Read_WhenDevAsksForNoNatGateway_ShouldRefuseBecauseSnowflakeNeedsEgress() =>
        Assert.Equal("Context key 'techshop:natGateways' expected a whole number from 1 to 2, got '0'.", ErrorOf(("techshop:natGateways", "0")).Message);

    [Fact]
    public void Read_WhenNumbersComeFromCdkJson_ShouldAcceptJsonNumbersAndBooleans()
    {
        var settings = Read(("techshop:topicPartitions", 6.0), ("techshop:pointInTimeRecovery", true), ("techshop:brokerCount", "4"));

        Assert.Equal((6, true, (int?)4), (settings.TopicPartitions, settings.PointInTimeRecovery, settings.BrokerCount));
    }

    [Fact]
    public void Read_WhenTheEnvironmentIsUnknown_ShouldListTheProfiles() =>
        Assert.Equal("Context key 'env' expected one of dev, prod, local, got 'staging'.", ErrorOf(("env", "staging")).Message);

    [Fact]
    public void Read_WhenANumberIsNotWhole_ShouldNameTheKeyAndTheRange() =>
        Assert.Equal("Context key 'techshop:topicPartitions' expected a whole number from 1 to 1000, got 'three'.",
            ErrorOf(("techshop:topicPartitions", "three")).Message);

    [Fact]
    public void Read_WhenANumberIsOutOfRange_ShouldNameTheKeyAndTheRange() =>
        Assert.Equal("Context key 'techshop:esmBatchSize' expected a whole number from 1 to 10000, got '20000'.",
            ErrorOf(("techshop:esmBatchSize", "20000")).Message);

    [Fact]
    public void Read_WhenABooleanIsMalformed_ShouldAskForTrueOrFalse() =>
        Assert.Equal("Context key 'techshop:retainData' expected true or false, got 'yes'.", ErrorOf(("techshop:retainData", "yes")).Message);

    [Fact]
    public void Read_WhenTheScheduleIsNotAnEventBridgeExpression_ShouldShowTheAcceptedForms() =>
        Assert.Equal(
            "Context key 'techshop:goldSchedule' expected an EventBridge schedule expression: rate(<n> minute|minutes|hour|hours|day|days) or cron(<6 fields>), got '0 * * * *'.",
            ErrorOf(("techshop:goldSchedule", "0 * * * *")).Message);

    [Theory]
    [InlineData("rate(1 hours)")]
    [InlineData("rate(5 minute)")]
    [InlineData("cron(0 * * * *)")]
    public void Read_WhenTheScheduleIsMalformed_ShouldRejectIt(string schedule) =>
        Assert.Equal("techshop:silverSchedule", ErrorOf(("techshop:silverSchedule", schedule)).Key);

    [Fact]
    public void Read_WhenLakeEncryptionIsUnknown_ShouldListTheChoices() =>
        Assert.Equal("Context key 'techshop:lakeEncryption' expected one of kms, s3, got 'sse-c'.", ErrorOf(("techshop:lakeEncryption", "sse-c")).Message);

    [Fact]
    public void Read_WhenGlacierComesTooSoonAfterInfrequentAccess_ShouldExplainTheMinimum() =>
        Assert.Equal(
            "Context key 'techshop:rawGlacierDays' expected at least 30 days after techshop:rawInfrequentAccessDays (60), as S3 bills Standard-IA for 30 days, got '70'.",
            ErrorOf(("techshop:rawInfrequentAccessDays", 60), ("techshop:rawGlacierDays", 70)).Message);

    [Fact]
    public void Read_WhenLogRetentionIsNotACloudWatchPeriod_ShouldNameTheKey() =>
        Assert.StartsWith("Context key 'techshop:logRetentionDays' expected a CloudWatch Logs retention period (1, 3, 5, 7, 14,",
            ErrorOf(("techshop:logRetentionDays", 10)).Message, StringComparison.Ordinal);

    [Fact]
    public void Read_WhenTheRegistryUrlIsNotHttp_ShouldAskForAnAbsoluteUrl() =>
        Assert.Equal("Context key 'techshop:schemaRegistryUrl' expected an absolute http(s) URL, got 'registry:8081'.",
            ErrorOf(("techshop:schemaRegistryUrl", "registry:8081")).Message);

    [Fact]
    public void Read_WhenARegistryUrlIsGivenWithTheFargateRegistry_ShouldRejectTheUrl() =>
        Assert.Equal("techshop:schemaRegistryUrl",
            ErrorOf(("techshop:schemaRegistry", "fargate"), ("techshop:schemaRegistryUrl", "https://r.example")).Key);

    [Fact]
    public void Read_WhenMaximumPollersIsBelowMinimum_ShouldNameBoth() =>
        Assert.Equal("Context key 'techshop:esmMaximumPollers' expected at least techshop:esmMinimumPollers (5), got '2'.",
            ErrorOf(("techshop:esmMinimumPollers", 5), ("techshop:esmMaximumPollers", 2)).Message);

    [Fact]
    public void Read_WhenTheBrokerTypeIsNotAnMskType_ShouldShowAnExample() =>
        Assert.Equal("Context key 'techshop:brokerInstanceType' expected an MSK broker type such as kafka.m7g.large, got 'm7g.large'.",
            ErrorOf(("techshop:brokerInstanceType", "m7g.large")).Message);

    [Fact]
    public void Read_WhenTheSnowflakeUserArnIsMalformed_ShouldSayWhereItComesFrom() =>
        Assert.Contains("STORAGE_AWS_IAM_USER_ARN", ErrorOf(("techshop:snowflakeIamUserArn", "snowflake-user")).Message, StringComparison.Ordinal);

    [Fact]
    public void Read_WhenTheExternalIdHasSpaces_ShouldListTheAllowedCharacters() =>
        Assert.Equal("techshop:snowflakeExternalId", ErrorOf(("techshop:snowflakeExternalId", "my external id")).Key);

    [Fact]
    public void Read_WhenTheAlarmEmailIsMalformed_ShouldRejectIt() =>
        Assert.Equal("Context key 'techshop:alarmEmail' expected an e-mail address, got 'oncall'.", ErrorOf(("techshop:alarmEmail", "oncall")).Message);

    [Fact]
    public void Read_WhenAStringKeyHoldsANumber_ShouldAskForAString() =>
        Assert.Equal("Context key 'techshop:kafkaVersion' expected a non-empty string, got '3.6'.", ErrorOf(("techshop:kafkaVersion", 3.6)).Message);
}
