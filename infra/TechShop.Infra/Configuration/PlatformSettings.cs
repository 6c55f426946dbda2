namespace TechShop.Infra.Configuration;

/// <summary>Every deploy-time choice of the platform, resolved from the profile defaults and the CDK context.</summary>
public sealed record PlatformSettings
{
    public required string Environment { get; init; }
    public required string StackName { get; init; }
    public required string KeyspacesDdlDirectory { get; init; }
    public required bool RetainData { get; init; }

    public required int MaxAzs { get; init; }
    public required int NatGateways { get; init; }

    public required bool KafkaServerless { get; init; }
    public required string KafkaVersion { get; init; }
    /// <summary>Brokers, or null for one per availability zone the VPC spans.</summary>
    public int? BrokerCount { get; init; }
    public required string BrokerInstanceType { get; init; }
    public required int BrokerStorageGiB { get; init; }
    public required int TopicPartitions { get; init; }

    public required bool SchemaRegistryOnFargate { get; init; }
    public string? SchemaRegistryUrl { get; init; }
    public required string SchemaRegistryImage { get; init; }

    public required bool LakeKmsEncryption { get; init; }
    public required int RawInfrequentAccessDays { get; init; }
    public required int RawGlacierDays { get; init; }
    public required int DeadLetterExpiryDays { get; init; }
    public required int QuarantineExpiryDays { get; init; }

    public required bool PointInTimeRecovery { get; init; }
    public required int LogRetentionDays { get; init; }
    public required bool LargeFunctions { get; init; }

    public required int EsmBatchSize { get; init; }
    public required int EsmBatchingWindowSeconds { get; init; }
    public required int EsmRetryAttempts { get; init; }
    public required int EsmMinimumPollers { get; init; }
    public required int EsmMaximumPollers { get; init; }

    /// <summary>S3 notifications (SQS messages) bronze-load receives per invocation, at most.</summary>
    public required int BronzeBatchSize { get; init; }

    /// <summary>How long Lambda gathers notifications before invoking bronze-load with fewer than a full batch.</summary>
    public required int BronzeBatchingWindowSeconds { get; init; }

    /// <summary>Receives of a notification before the queue moves it to its dead-letter queue.</summary>
    public required int BronzeMaxReceiveCount { get; init; }

    /// <summary>Concurrent bronze-load invocations the queue's mapping may run (each holds a Snowflake session).</summary>
    public required int BronzeMaxConcurrency { get; init; }

    public required string SilverSchedule { get; init; }
    public required string GoldSchedule { get; init; }

    public required SnowflakeSettings Snowflake { get; init; }

    public string? AlarmEmail { get; init; }
    public required int MaxOffsetLagThreshold { get; init; }
    public required string QualityGateMetric { get; init; }
}
