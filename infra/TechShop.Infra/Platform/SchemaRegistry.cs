using Amazon.CDK;
using Amazon.CDK.AWS.EC2;
using Amazon.CDK.AWS.ECS;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.Logs;
using Amazon.CDK.AWS.ServiceDiscovery;
using Amazon.CDK.CustomResources;
using Constructs;
using TechShop.Infra.Configuration;

namespace TechShop.Infra.Platform;

/// <summary>
/// The Confluent-compatible schema registry the stream functions call: an existing one (stack parameter
/// SchemaRegistryUrl, defaulting to the context value) or, opt-in, Confluent Schema Registry on Fargate in the VPC.
/// </summary>
public sealed class SchemaRegistry : Construct
{
    private const int RegistryPort = 8081;

    public SchemaRegistry(Construct scope, string id, PlatformSettings settings, Network network, Streaming streaming)
        : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(streaming);
        if (!settings.SchemaRegistryOnFargate)
        {
            var parameter = new CfnParameter(Stack.Of(this), "SchemaRegistryUrl", new CfnParameterProps
            {
                Type = "String",
                Description = "Base URL of the Confluent-compatible schema registry the stream functions use (TECHSHOP_SCHEMA_REGISTRY_URL)",
                Default = settings.SchemaRegistryUrl,
                AllowedPattern = "^https?://\\S+$",
                ConstraintDescription = "an absolute http(s) URL",
            });
            Url = parameter.ValueAsString;
            return;
        }

        Url = RunOnFargate(settings, network, streaming);
    }

    /// <summary>The registry base URL (TECHSHOP_SCHEMA_REGISTRY_URL).</summary>
    public string Url { get; }

    /// <summary>The registry's security group when it runs on Fargate (functions are admitted on 8081).</summary>
    public SecurityGroup? SecurityGroup { get; private set; }

    private string RunOnFargate(PlatformSettings settings, Network network, Streaming streaming)
    {
        // CloudFormation does not expose MSK bootstrap brokers; this SDK call reads them at deploy time.
        var brokers = new AwsCustomResource(this, "BootstrapBrokers", new AwsCustomResourceProps
        {
            OnUpdate = new AwsSdkCall
            {
                Service = "Kafka",
                Action = "getBootstrapBrokers",
                Parameters = new Dictionary<string, object> { ["ClusterArn"] = streaming.ClusterArn },
                PhysicalResourceId = PhysicalResourceId.Of(streaming.ClusterArn),
                OutputPaths = ["BootstrapBrokerStringSaslIam"],
            },
            Policy = AwsCustomResourcePolicy.FromSdkCalls(new SdkCallsPolicyOptions { Resources = [streaming.ClusterArn] }),
            InstallLatestAwsSdk = false,
        });

        var cluster = new Cluster(this, "Cluster", new ClusterProps { Vpc = network.Vpc, ContainerInsights = true });
        var task = new FargateTaskDefinition(this, "Task", new FargateTaskDefinitionProps { Cpu = 512, MemoryLimitMiB = 1024 });
        GrantRegistryKafkaAccess(task.TaskRole, streaming);
        task.AddContainer("registry", new ContainerDefinitionOptions
        {
            // The image must carry aws-msk-iam-auth on its classpath (docs/deploy.md); the stock Confluent image does not.
            Image = ContainerImage.FromRegistry(settings.SchemaRegistryImage),
            PortMappings = [new PortMapping { ContainerPort = RegistryPort }],
            Logging = LogDriver.AwsLogs(new AwsLogDriverProps
            {
                StreamPrefix = "schema-registry",
                LogRetention = LogRetentionPeriod.Of(settings.LogRetentionDays),
            }),
            Environment = new Dictionary<string, string>
            {
                ["SCHEMA_REGISTRY_HOST_NAME"] = "schema-registry",
                ["SCHEMA_REGISTRY_LISTENERS"] = $"http://0.0.0.0:{RegistryPort}",
                ["SCHEMA_REGISTRY_KAFKASTORE_BOOTSTRAP_SERVERS"] = brokers.GetResponseField("BootstrapBrokerStringSaslIam"),
                ["SCHEMA_REGISTRY_KAFKASTORE_SECURITY_PROTOCOL"] = "SASL_SSL",
                ["SCHEMA_REGISTRY_KAFKASTORE_SASL_MECHANISM"] = "AWS_MSK_IAM",
                ["SCHEMA_REGISTRY_KAFKASTORE_SASL_JAAS_CONFIG"] = "software.amazon.msk.auth.iam.IAMLoginModule required;",
                ["SCHEMA_REGISTRY_KAFKASTORE_SASL_CLIENT_CALLBACK_HANDLER_CLASS"] = "software.amazon.msk.auth.iam.IAMClientCallbackHandler",
                ["SCHEMA_REGISTRY_KAFKASTORE_TOPIC"] = "_schemas",
                ["SCHEMA_REGISTRY_SCHEMA_COMPATIBILITY_LEVEL"] = "backward",
            },
        });

        SecurityGroup = new SecurityGroup(this, "SecurityGroup", new SecurityGroupProps
        {
            Vpc = network.Vpc,
            Description = "Schema registry: REST from the functions",
            AllowAllOutbound = true,
        });
        SecurityGroup.AddIngressRule(network.FunctionsSecurityGroup, Port.Tcp(RegistryPort), "Functions to the schema registry");
        streaming.SecurityGroup.AddIngressRule(SecurityGroup, Port.Tcp(Streaming.IamTlsPort), "Schema registry to brokers (IAM, TLS)");

        var ns = new PrivateDnsNamespace(this, "Namespace", new PrivateDnsNamespaceProps
        {
            Name = $"techshop-{settings.Environment}.internal",
            Vpc = network.Vpc,
        });
        // One instance: Confluent Schema Registry elects a single primary, and ECS replaces the task if it fails.
        _ = new FargateService(this, "Service", new FargateServiceProps
        {
            Cluster = cluster,
            TaskDefinition = task,
            DesiredCount = 1,
            VpcSubnets = network.PrivateSubnets,
            SecurityGroups = [SecurityGroup],
            CloudMapOptions = new CloudMapOptions { Name = "schema-registry", CloudMapNamespace = ns, DnsRecordType = DnsRecordType.A },
            CircuitBreaker = new DeploymentCircuitBreaker { Rollback = true },
        });
        return $"http://schema-registry.techshop-{settings.Environment}.internal:{RegistryPort}";
    }

    private static void GrantRegistryKafkaAccess(IRole role, Streaming streaming)
    {
        role.AddToPrincipalPolicy(new PolicyStatement(new PolicyStatementProps
        {
            Sid = "RegistryConnect",
            Actions = ["kafka-cluster:Connect", "kafka-cluster:DescribeCluster", "kafka-cluster:WriteDataIdempotently"],
            Resources = [streaming.ClusterArn],
        }));
        role.AddToPrincipalPolicy(new PolicyStatement(new PolicyStatementProps
        {
            Sid = "RegistrySchemasTopic",
            Actions =
            [
                "kafka-cluster:CreateTopic", "kafka-cluster:DescribeTopic", "kafka-cluster:DescribeTopicDynamicConfiguration",
                "kafka-cluster:ReadData", "kafka-cluster:WriteData",
            ],
            Resources = [streaming.TopicArn("_schemas")],
        }));
        role.AddToPrincipalPolicy(new PolicyStatement(new PolicyStatementProps
        {
            Sid = "RegistryGroup",
            Actions = ["kafka-cluster:DescribeGroup", "kafka-cluster:AlterGroup"],
            Resources = [streaming.GroupArn("schema-registry*")],
        }));
    }
}
