namespace TechShop.Infra.Configuration;

/// <summary>The CDK context keys the app reads (docs/deploy.md lists them with their defaults per environment).</summary>
public static class ContextKeys
{
    public const string Environment = "env";
    public const string StackName = "techshop:stackName";
    public const string KeyspacesDdlDirectory = "techshop:keyspacesDdlDir";
    public const string RetainData = "techshop:retainData";
    public const string MaxAzs = "techshop:maxAzs";
    public const string NatGateways = "techshop:natGateways";
    public const string KafkaMode = "techshop:kafkaMode";
    public const string KafkaVersion = "techshop:kafkaVersion";
    public const string BrokerCount = "techshop:brokerCount";
    public const string BrokerInstanceType = "techshop:brokerInstanceType";
    public const string BrokerStorageGiB = "techshop:brokerStorageGiB";
    public const string TopicPartitions = "techshop:topicPartitions";
    public const string SchemaRegistry = "techshop:schemaRegistry";
    public const string SchemaRegistryUrl = "techshop:schemaRegistryUrl";
    public const string SchemaRegistryImage = "techshop:schemaRegistryImage";
    public const string LakeEncryption = "techshop:lakeEncryption";
    public const string RawInfrequentAccessDays = "techshop:rawInfrequentAccessDays";
    public const string RawGlacierDays = "techshop:rawGlacierDays";
    public const string DeadLetterExpiryDays = "techshop:deadLetterExpiryDays";
    public const string QuarantineExpiryDays = "techshop:quarantineExpiryDays";
    public const string PointInTimeRecovery = "techshop:pointInTimeRecovery";
    public const string LogRetentionDays = "techshop:logRetentionDays";
    public const string EsmBatchSize = "techshop:esmBatchSize";
    public const string EsmBatchingWindowSeconds = "techshop:esmBatchingWindowSeconds";
    public const string EsmRetryAttempts = "techshop:esmRetryAttempts";
    public const string EsmMinimumPollers = "techshop:esmMinimumPollers";
    public const string EsmMaximumPollers = "techshop:esmMaximumPollers";
    public const string BronzeBatchSize = "techshop:bronzeBatchSize";
    public const string BronzeBatchingWindowSeconds = "techshop:bronzeBatchingWindowSeconds";
    public const string BronzeMaxReceiveCount = "techshop:bronzeMaxReceiveCount";
    public const string BronzeMaxConcurrency = "techshop:bronzeMaxConcurrency";
    public const string SilverSchedule = "techshop:silverSchedule";
    public const string GoldSchedule = "techshop:goldSchedule";
    public const string SnowflakeAccount = "techshop:snowflakeAccount";
    public const string SnowflakeUser = "techshop:snowflakeUser";
    public const string SnowflakeRole = "techshop:snowflakeRole";
    public const string SnowflakeWarehouse = "techshop:snowflakeWarehouse";
    public const string SnowflakeDatabase = "techshop:snowflakeDatabase";
    public const string SnowflakeStage = "techshop:snowflakeStage";
    public const string SnowflakeExternalId = "techshop:snowflakeExternalId";
    public const string SnowflakeIamUserArn = "techshop:snowflakeIamUserArn";
    public const string AlarmEmail = "techshop:alarmEmail";
    public const string MaxOffsetLagThreshold = "techshop:maxOffsetLagThreshold";
    public const string QualityGateMetric = "techshop:qualityGateMetric";
}
