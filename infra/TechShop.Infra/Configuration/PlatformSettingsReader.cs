using System.Text.RegularExpressions;

namespace TechShop.Infra.Configuration;

/// <summary>Resolves <see cref="PlatformSettings"/> from the <c>env</c> profile (dev, prod, local) and context overrides.</summary>
public static partial class PlatformSettingsReader
{
    /// <summary>Reads and validates every setting; throws <see cref="InvalidContextException"/> naming the first bad key.</summary>
    public static PlatformSettings Read(ContextReader context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var env = context.Choice(ContextKeys.Environment, "dev", "dev", "prod", "local");
        var prod = env == "prod";
        var local = env == "local";

        var maxAzs = context.Int(ContextKeys.MaxAzs, prod ? 3 : 2, 2, 6);
        var serverless = context.Choice(ContextKeys.KafkaMode, "provisioned", "provisioned", "serverless") == "serverless";
        int? brokerCount = context.Raw(ContextKeys.BrokerCount) is null ? null : context.Int(ContextKeys.BrokerCount, 0, 2, 30);
        var instanceType = context.String(ContextKeys.BrokerInstanceType, prod ? "kafka.m7g.large" : "kafka.t3.small");
        if (!BrokerInstanceTypePattern().IsMatch(instanceType))
        {
            throw new InvalidContextException(ContextKeys.BrokerInstanceType, "an MSK broker type such as kafka.m7g.large", instanceType);
        }

        var kafkaVersion = context.String(ContextKeys.KafkaVersion, "3.6.0");
        if (!KafkaVersionPattern().IsMatch(kafkaVersion))
        {
            throw new InvalidContextException(ContextKeys.KafkaVersion, "a Kafka version such as 3.6.0", kafkaVersion);
        }

        var onFargate = context.Choice(ContextKeys.SchemaRegistry, "external", "external", "fargate") == "fargate";
        var registryUrl = context.OptionalString(ContextKeys.SchemaRegistryUrl);
        if (onFargate && registryUrl is not null)
        {
            throw new InvalidContextException(ContextKeys.SchemaRegistryUrl,
                $"no value when {ContextKeys.SchemaRegistry}=fargate (the registry on Fargate provides the URL)", registryUrl);
        }

        if (registryUrl is not null && !(Uri.TryCreate(registryUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            throw new InvalidContextException(ContextKeys.SchemaRegistryUrl, "an absolute http(s) URL", registryUrl);
        }

        var rawIa = context.Int(ContextKeys.RawInfrequentAccessDays, 30, 30, 3650);
        var rawGlacier = context.Int(ContextKeys.RawGlacierDays, prod ? 180 : 90, 1, 3650);
        if (rawGlacier < rawIa + 30)
        {
            throw new InvalidContextException(ContextKeys.RawGlacierDays,
                $"at least 30 days after {ContextKeys.RawInfrequentAccessDays} ({rawIa}), as S3 bills Standard-IA for 30 days", rawGlacier);
        }

        var minPollers = context.Int(ContextKeys.EsmMinimumPollers, 1, 1, 200);
        var maxPollers = context.Int(ContextKeys.EsmMaximumPollers, prod ? 20 : 2, 1, 2000);
        if (maxPollers < minPollers)
        {
            throw new InvalidContextException(ContextKeys.EsmMaximumPollers,
                $"at least {ContextKeys.EsmMinimumPollers} ({minPollers})", maxPollers);
        }

        // Lambda takes batches above 10 SQS messages only with a batching window of at least one second.
        var bronzeBatch = context.Int(ContextKeys.BronzeBatchSize, prod ? 1000 : 100, 1, 10_000);
        var bronzeWindow = context.Int(ContextKeys.BronzeBatchingWindowSeconds, prod ? 20 : 5, 0, 300);
        if (bronzeBatch > 10 && bronzeWindow < 1)
        {
            throw new InvalidContextException(ContextKeys.BronzeBatchingWindowSeconds,
                $"at least 1 second when {ContextKeys.BronzeBatchSize} ({bronzeBatch}) is above 10, as Lambda requires of SQS batches", bronzeWindow);
        }

        var retention = context.Int(ContextKeys.LogRetentionDays, prod ? 90 : 14, 1, 3653);
        if (!LogRetentionPeriod.SupportedDays.Contains(retention))
        {
            throw new InvalidContextException(ContextKeys.LogRetentionDays,
                "a CloudWatch Logs retention period (" + string.Join(", ", LogRetentionPeriod.SupportedDays) + ")", retention);
        }

        var externalId = context.String(ContextKeys.SnowflakeExternalId, $"techshop-{env}-lake");
        if (!ExternalIdPattern().IsMatch(externalId))
        {
            throw new InvalidContextException(ContextKeys.SnowflakeExternalId,
                "2 to 1224 characters of letters, digits and +=,.@:/-_", externalId);
        }

        var iamUserArn = context.OptionalString(ContextKeys.SnowflakeIamUserArn);
        if (iamUserArn is not null && !IamUserArnPattern().IsMatch(iamUserArn))
        {
            throw new InvalidContextException(ContextKeys.SnowflakeIamUserArn,
                "the STORAGE_AWS_IAM_USER_ARN of the Snowflake storage integration (arn:aws:iam::<account>:user/...)", iamUserArn);
        }

        var alarmEmail = context.OptionalString(ContextKeys.AlarmEmail);
        if (alarmEmail is not null && !EmailPattern().IsMatch(alarmEmail))
        {
            throw new InvalidContextException(ContextKeys.AlarmEmail, "an e-mail address", alarmEmail);
        }

        var stage = context.String(ContextKeys.SnowflakeStage, "RAW_STAGE");
        var metric = context.String(ContextKeys.QualityGateMetric, "QualityGateFailures");
        var stackName = context.String(ContextKeys.StackName, $"TechShop-{env}");
        if (!StackNamePattern().IsMatch(stackName))
        {
            throw new InvalidContextException(ContextKeys.StackName, "a CloudFormation stack name (letters, digits, hyphens; starts with a letter)", stackName);
        }

        return new PlatformSettings
        {
            Environment = env,
            StackName = stackName,
            KeyspacesDdlDirectory = context.String(ContextKeys.KeyspacesDdlDirectory, "sql/keyspaces"),
            RetainData = context.Bool(ContextKeys.RetainData, prod),
            MaxAzs = maxAzs,
            NatGateways = context.Int(ContextKeys.NatGateways, prod ? maxAzs : local ? 0 : 1, local ? 0 : 1, maxAzs),
            KafkaServerless = serverless,
            KafkaVersion = kafkaVersion,
            BrokerCount = brokerCount,
            BrokerInstanceType = instanceType,
            BrokerStorageGiB = context.Int(ContextKeys.BrokerStorageGiB, prod ? 1000 : 100, 1, 16384),
            TopicPartitions = context.Int(ContextKeys.TopicPartitions, prod ? 12 : 3, 1, 1000),
            SchemaRegistryOnFargate = onFargate,
            SchemaRegistryUrl = registryUrl,
            SchemaRegistryImage = context.String(ContextKeys.SchemaRegistryImage, "confluentinc/cp-schema-registry:7.7.1"),
            LakeKmsEncryption = context.Choice(ContextKeys.LakeEncryption, prod ? "kms" : "s3", "kms", "s3") == "kms",
            RawInfrequentAccessDays = rawIa,
            RawGlacierDays = rawGlacier,
            DeadLetterExpiryDays = context.Int(ContextKeys.DeadLetterExpiryDays, prod ? 365 : 30, 1, 3650),
            QuarantineExpiryDays = context.Int(ContextKeys.QuarantineExpiryDays, prod ? 180 : 30, 1, 3650),
            PointInTimeRecovery = context.Bool(ContextKeys.PointInTimeRecovery, prod),
            LogRetentionDays = retention,
            LargeFunctions = prod,
            EsmBatchSize = context.Int(ContextKeys.EsmBatchSize, prod ? 500 : 100, 1, 10_000),
            EsmBatchingWindowSeconds = context.Int(ContextKeys.EsmBatchingWindowSeconds, 1, 0, 300),
            EsmRetryAttempts = context.Int(ContextKeys.EsmRetryAttempts, prod ? 10 : 3, 0, 10_000),
            EsmMinimumPollers = minPollers,
            EsmMaximumPollers = maxPollers,
            BronzeBatchSize = bronzeBatch,
            BronzeBatchingWindowSeconds = bronzeWindow,
            BronzeMaxReceiveCount = context.Int(ContextKeys.BronzeMaxReceiveCount, 5, 1, 1000),
            BronzeMaxConcurrency = context.Int(ContextKeys.BronzeMaxConcurrency, prod ? 10 : 2, 2, 1000),
            SilverSchedule = Schedule(context, ContextKeys.SilverSchedule, prod ? "cron(15 * * * ? *)" : "rate(1 hour)"),
            GoldSchedule = Schedule(context, ContextKeys.GoldSchedule, prod ? "cron(45 * * * ? *)" : "rate(2 hours)"),
            Snowflake = new SnowflakeSettings
            {
                Account = context.OptionalString(ContextKeys.SnowflakeAccount),
                User = context.OptionalString(ContextKeys.SnowflakeUser),
                Role = context.OptionalString(ContextKeys.SnowflakeRole),
                Warehouse = context.OptionalString(ContextKeys.SnowflakeWarehouse),
                Database = context.OptionalString(ContextKeys.SnowflakeDatabase),
                Stage = stage,
                ExternalId = externalId,
                IamUserArn = iamUserArn,
            },
            AlarmEmail = alarmEmail,
            MaxOffsetLagThreshold = context.Int(ContextKeys.MaxOffsetLagThreshold, prod ? 10_000 : 1_000, 1, int.MaxValue),
            QualityGateMetric = metric,
        };
    }

    private static string Schedule(ContextReader context, string key, string fallback)
    {
        var value = context.String(key, fallback);
        if (!ScheduleRatePattern().IsMatch(value) && !ScheduleCronPattern().IsMatch(value))
        {
            throw new InvalidContextException(key,
                "an EventBridge schedule expression: rate(<n> minute|minutes|hour|hours|day|days) or cron(<6 fields>)", value);
        }

        return value;
    }

    [GeneratedRegex(@"^kafka\.[a-z0-9]+\.[a-z0-9]+$")]
    private static partial Regex BrokerInstanceTypePattern();

    [GeneratedRegex(@"^\d+\.\d+\.\d+(\.[a-z0-9.]+)?$")]
    private static partial Regex KafkaVersionPattern();

    [GeneratedRegex(@"^[\w+=,.@:/-]{2,1224}$")]
    private static partial Regex ExternalIdPattern();

    [GeneratedRegex(@"^arn:aws[a-z-]*:iam::\d{12}:user/\S+$")]
    private static partial Regex IamUserArnPattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9-]{0,127}$")]
    private static partial Regex StackNamePattern();

    [GeneratedRegex(@"^rate\((1 (minute|hour|day)|([2-9]|[1-9]\d+) (minutes|hours|days))\)$")]
    private static partial Regex ScheduleRatePattern();

    [GeneratedRegex(@"^cron\(\S+ \S+ \S+ \S+ \S+ \S+\)$")]
    private static partial Regex ScheduleCronPattern();
}
