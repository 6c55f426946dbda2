using Amazon.CDK.AWS.Lambda;
using Constructs;
using TechShop.Infra.Configuration;

namespace TechShop.Infra.Platform;

/// <summary>
/// One MSK event source mapping per topic for stream-enrich and for stream-archive, in provisioned mode so that
/// partial batch failures, bounded retries and the S3 on-failure destination apply (PROTOCOLS.md §1.3–1.4).
/// </summary>
public sealed class StreamEventSources : Construct
{
    /// <summary>The handlers the stream feeds.</summary>
    public static readonly IReadOnlyList<string> Handlers = ["stream-enrich", "stream-archive"];

    private readonly List<(string Handler, string Topic, string Group, CfnEventSourceMapping Mapping)> _mappings = [];

    public StreamEventSources(Construct scope, string id, PlatformSettings settings, Functions functions, Streaming streaming, Lake lake)
        : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(functions);
        ArgumentNullException.ThrowIfNull(streaming);
        ArgumentNullException.ThrowIfNull(lake);
        foreach (var handler in Handlers)
        {
            var function = functions[handler];
            var groups = new List<string>();
            foreach (var topic in Streaming.Topics)
            {
                var group = ConsumerGroup(settings, handler, topic);
                groups.Add(group);
                var mapping = new CfnEventSourceMapping(this, $"{handler}-{topic}", new CfnEventSourceMappingProps
                {
                    FunctionName = function.FunctionName,
                    EventSourceArn = streaming.ClusterArn,
                    Topics = [topic],
                    StartingPosition = "TRIM_HORIZON",
                    BatchSize = settings.EsmBatchSize,
                    MaximumBatchingWindowInSeconds = settings.EsmBatchingWindowSeconds,
                    AmazonManagedKafkaEventSourceConfig = new CfnEventSourceMapping.AmazonManagedKafkaEventSourceConfigProperty
                    {
                        ConsumerGroupId = group,
                    },
                    FunctionResponseTypes = ["ReportBatchItemFailures"],
                    MaximumRetryAttempts = settings.EsmRetryAttempts,
                    DestinationConfig = new CfnEventSourceMapping.DestinationConfigProperty
                    {
                        OnFailure = new CfnEventSourceMapping.OnFailureProperty { Destination = lake.FailedBatches.BucketArn },
                    },
                });
                // Not modelled by Amazon.CDK.Lib 2.160; the CloudFormation property is ProvisionedPollerConfig.
                mapping.AddPropertyOverride("ProvisionedPollerConfig", new Dictionary<string, object>
                {
                    ["MinimumPollers"] = settings.EsmMinimumPollers,
                    ["MaximumPollers"] = settings.EsmMaximumPollers,
                });
                // The mapping checks the role when it is created: the policy must exist first.
                mapping.Node.AddDependency(function);
                _mappings.Add((handler, topic, group, mapping));
            }

            GrantConsumer(functions, handler, streaming, groups, lake);
        }
    }

    /// <summary>Every mapping: handler, topic and consumer group.</summary>
    public IEnumerable<(string Handler, string Topic, string Group)> Mappings => _mappings.Select(m => (m.Handler, m.Topic, m.Group));

    /// <summary>The consumer group of a handler on a topic (create-only on the mapping, so stable names matter).</summary>
    public static string ConsumerGroup(PlatformSettings settings, string handler, string topic)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return $"techshop-{settings.Environment}-{handler}-{topic}";
    }

    private static void GrantConsumer(Functions functions, string handler, Streaming streaming, List<string> groups, Lake lake)
    {
        functions.Allow(handler, "DescribeCluster", ["kafka:DescribeClusterV2", "kafka:GetBootstrapBrokers"], streaming.ClusterArn);
        functions.Allow(handler, "ConnectToCluster", ["kafka-cluster:Connect", "kafka-cluster:DescribeClusterDynamicConfiguration"], streaming.ClusterArn);
        functions.Allow(handler, "ReadTopics", ["kafka-cluster:DescribeTopic", "kafka-cluster:ReadData"],
            Streaming.Topics.Select(streaming.TopicArn).ToArray());
        functions.Allow(handler, "UseConsumerGroups", ["kafka-cluster:DescribeGroup", "kafka-cluster:AlterGroup"],
            groups.Select(streaming.GroupArn).ToArray());
        // The pollers attach to the cluster's subnets and security group; these describe calls have no resource-level scope.
        functions.Allow(handler, "DescribeClusterNetwork", ["ec2:DescribeVpcs", "ec2:DescribeSubnets", "ec2:DescribeSecurityGroups"], "*");
        functions.Allow(handler, "WriteFailedBatches", ["s3:PutObject"], lake.FailedBatches.ArnForObjects("*"));
        functions.Allow(handler, "ListFailedBatches", ["s3:ListBucket"], lake.FailedBatches.BucketArn);
    }
}
