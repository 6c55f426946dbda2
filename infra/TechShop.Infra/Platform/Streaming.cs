using System.Globalization;
using Amazon.CDK;
using Amazon.CDK.AWS.EC2;
using Amazon.CDK.AWS.Logs;
using Amazon.CDK.AWS.MSK;
using Constructs;
using TechShop.Infra.Configuration;

namespace TechShop.Infra.Platform;

/// <summary>
/// Amazon MSK with IAM authentication and TLS in transit (provisioned, or Serverless as an option). Topics are created
/// by the brokers on first use with the context's partition count (auto.create.topics.enable); docs/deploy.md gives the
/// explicit kafka-topics.sh commands, which Serverless requires.
/// </summary>
public sealed class Streaming : Construct
{
    /// <summary>The platform's topics (CONTRACTS.md "Kafka topics and keys").</summary>
    public static IReadOnlyList<string> Topics => TechShop.Core.Streaming.Topics.All;

    /// <summary>The broker port for SASL/IAM over TLS.</summary>
    public const int IamTlsPort = 9098;

    public Streaming(Construct scope, string id, PlatformSettings settings, Network network) : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(network);
        ClusterName = $"techshop-{settings.Environment}";
        SecurityGroup = new SecurityGroup(this, "ClusterSecurityGroup", new SecurityGroupProps
        {
            Vpc = network.Vpc,
            Description = "MSK brokers: SASL/IAM over TLS from the functions and the event source mapping pollers",
            AllowAllOutbound = true,
        });
        SecurityGroup.AddIngressRule(network.FunctionsSecurityGroup, Port.Tcp(IamTlsPort), "Functions to brokers (IAM, TLS)");
        // Event source mapping pollers run with the cluster's own security group.
        SecurityGroup.AddIngressRule(SecurityGroup, Port.Tcp(IamTlsPort), "Event source mapping pollers to brokers (IAM, TLS)");

        var subnetIds = network.Vpc.SelectSubnets(network.PrivateSubnets).SubnetIds;
        // An environment-agnostic synth (no account/region) spans two zones whatever techshop:maxAzs asks.
        var zones = network.Vpc.AvailabilityZones.Length;
        var brokerCount = settings.BrokerCount ?? zones;
        if (!settings.KafkaServerless && brokerCount % zones != 0)
        {
            throw new InvalidContextException(ContextKeys.BrokerCount,
                $"a multiple of the {zones} availability zones the VPC spans (MSK spreads brokers evenly)", brokerCount);
        }

        if (settings.KafkaServerless)
        {
            var serverless = new CfnServerlessCluster(this, "Cluster", new CfnServerlessClusterProps
            {
                ClusterName = ClusterName,
                ClientAuthentication = new CfnServerlessCluster.ClientAuthenticationProperty
                {
                    Sasl = new CfnServerlessCluster.SaslProperty { Iam = new CfnServerlessCluster.IamProperty { Enabled = true } },
                },
                VpcConfigs = new object[] { new CfnServerlessCluster.VpcConfigProperty { SubnetIds = subnetIds, SecurityGroups = [SecurityGroup.SecurityGroupId] } },
            });
            ClusterArn = serverless.AttrArn;
            return;
        }

        var replication = Math.Min(3, brokerCount);
        var configuration = new CfnConfiguration(this, "Configuration", new CfnConfigurationProps
        {
            Name = $"{ClusterName}-brokers",
            Description = "TechShop broker settings: topics created on first use with the configured partitions",
            KafkaVersionsList = [settings.KafkaVersion],
            ServerProperties = string.Join('\n',
                "auto.create.topics.enable=true",
                string.Create(CultureInfo.InvariantCulture, $"num.partitions={settings.TopicPartitions}"),
                string.Create(CultureInfo.InvariantCulture, $"default.replication.factor={replication}"),
                string.Create(CultureInfo.InvariantCulture, $"min.insync.replicas={(replication >= 3 ? 2 : 1)}"),
                "unclean.leader.election.enable=false"),
        });

        var brokerLogs = new LogGroup(this, "BrokerLogs", new LogGroupProps
        {
            Retention = LogRetentionPeriod.Of(settings.LogRetentionDays),
            RemovalPolicy = settings.RetainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
        });

        var cluster = new CfnCluster(this, "Cluster", new CfnClusterProps
        {
            ClusterName = ClusterName,
            KafkaVersion = settings.KafkaVersion,
            NumberOfBrokerNodes = brokerCount,
            BrokerNodeGroupInfo = new CfnCluster.BrokerNodeGroupInfoProperty
            {
                InstanceType = settings.BrokerInstanceType,
                ClientSubnets = subnetIds,
                SecurityGroups = [SecurityGroup.SecurityGroupId],
                StorageInfo = new CfnCluster.StorageInfoProperty
                {
                    EbsStorageInfo = new CfnCluster.EBSStorageInfoProperty { VolumeSize = settings.BrokerStorageGiB },
                },
            },
            ClientAuthentication = new CfnCluster.ClientAuthenticationProperty
            {
                Sasl = new CfnCluster.SaslProperty { Iam = new CfnCluster.IamProperty { Enabled = true } },
                Unauthenticated = new CfnCluster.UnauthenticatedProperty { Enabled = false },
            },
            EncryptionInfo = new CfnCluster.EncryptionInfoProperty
            {
                EncryptionInTransit = new CfnCluster.EncryptionInTransitProperty { ClientBroker = "TLS", InCluster = true },
            },
            ConfigurationInfo = new CfnCluster.ConfigurationInfoProperty
            {
                Arn = configuration.AttrArn,
                Revision = configuration.AttrLatestRevisionRevision,
            },
            EnhancedMonitoring = settings.Environment == "prod" ? "PER_TOPIC_PER_BROKER" : "DEFAULT",
            LoggingInfo = new CfnCluster.LoggingInfoProperty
            {
                BrokerLogs = new CfnCluster.BrokerLogsProperty
                {
                    CloudWatchLogs = new CfnCluster.CloudWatchLogsProperty { Enabled = true, LogGroup = brokerLogs.LogGroupName },
                },
            },
        });
        cluster.ApplyRemovalPolicy(settings.RetainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY);
        ClusterArn = cluster.AttrArn;
    }

    /// <summary>The cluster name (the MaxOffsetLag alarms' "Cluster Name" dimension).</summary>
    public string ClusterName { get; }

    /// <summary>The cluster ARN: arn:aws:kafka:region:account:cluster/name/uuid.</summary>
    public string ClusterArn { get; }

    /// <summary>The brokers' security group.</summary>
    public SecurityGroup SecurityGroup { get; }

    /// <summary>The IAM resource ARN of a topic of this cluster.</summary>
    public string TopicArn(string topic) => KafkaResourceArn("topic", topic);

    /// <summary>The IAM resource ARN of a consumer group (a trailing * matches a prefix).</summary>
    public string GroupArn(string group) => KafkaResourceArn("group", group);

    private string KafkaResourceArn(string kind, string name)
    {
        // cluster ARN "…:cluster/<name>/<uuid>" → "…:<kind>/<name>/<uuid>/<resource>"
        var parts = Fn.Split("/", ClusterArn);
        return Fn.Join("", [
            "arn:", Aws.PARTITION, ":kafka:", Aws.REGION, ":", Aws.ACCOUNT_ID, ":", kind, "/",
            Fn.Select(1, parts), "/", Fn.Select(2, parts), "/", name,
        ]);
    }
}
