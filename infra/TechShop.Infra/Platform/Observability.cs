using Amazon.CDK;
using Amazon.CDK.AWS.CloudWatch;
using Amazon.CDK.AWS.CloudWatch.Actions;
using Amazon.CDK.AWS.SNS;
using Amazon.CDK.AWS.SNS.Subscriptions;
using Constructs;
using TechShop.Infra.Configuration;

namespace TechShop.Infra.Platform;

/// <summary>The operations dashboard and the alarms (errors, dead letters, consumer lag, bronze notification dead letters, quality gate) to an SNS topic.</summary>
public sealed class Observability : Construct
{
    /// <summary>The EMF namespace the functions publish to.</summary>
    public const string MetricsNamespace = "TechShop";

    private readonly List<Alarm> _alarms = [];

    public Observability(Construct scope, string id, PlatformSettings settings, ObservedPlatform platform) : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(platform);
        AlarmTopic = new Topic(this, "Alarms", new TopicProps { DisplayName = $"TechShop {settings.Environment} alarms", EnforceSSL = true });
        if (settings.AlarmEmail is { } email)
        {
            AlarmTopic.AddSubscription(new EmailSubscription(email));
        }

        var errors = FunctionSpec.All.Select(s => platform.Functions[s.Handler].MetricErrors(new MetricOptions
        {
            Period = Duration.Minutes(5),
            Statistic = "Sum",
        })).ToArray();
        foreach (var (spec, metric) in FunctionSpec.All.Zip(errors))
        {
            AddAlarm($"{spec.Handler}-errors", metric, 1, $"{spec.Handler} reported function errors");
        }

        var deadLetters = BucketPuts(platform.Lake.Bucket.BucketName, Lake.DeadLetterMetricsId);
        AddAlarm("dead-letters", deadLetters, 1, "Records were dead-lettered to the lake's dead-letter/ prefix");
        var failedBatches = BucketPuts(platform.Lake.FailedBatches.BucketName, Lake.FailedBatchesMetricsId);
        AddAlarm("failed-batches", failedBatches, 1, "An event source mapping gave up on a batch (see the failed-batches bucket)");

        var notificationDeadLetters = platform.BronzeNotifications.DeadLetters.MetricApproximateNumberOfMessagesVisible(new MetricOptions
        {
            Period = Duration.Minutes(5),
            Statistic = "Maximum",
        });
        AddAlarm("bronze-notification-dead-letters", notificationDeadLetters, 1,
            "Lake notifications bronze-load could not handle reached the bronze notifications dead-letter queue");
        var oldestNotification = platform.BronzeNotifications.Queue.MetricApproximateAgeOfOldestMessage(new MetricOptions
        {
            Period = Duration.Minutes(5),
            Statistic = "Maximum",
        });

        var lags = platform.EventSources.Mappings.Select(m => new Metric(new MetricProps
        {
            Namespace = "AWS/Kafka",
            MetricName = "MaxOffsetLag",
            DimensionsMap = new Dictionary<string, string>
            {
                ["Cluster Name"] = platform.Streaming.ClusterName,
                ["Consumer Group"] = m.Group,
                ["Topic"] = m.Topic,
            },
            Statistic = "Maximum",
            Period = Duration.Minutes(5),
        })).ToArray();
        foreach (var (mapping, lag) in platform.EventSources.Mappings.Zip(lags))
        {
            AddAlarm($"lag-{mapping.Handler}-{mapping.Topic}", lag, settings.MaxOffsetLagThreshold,
                $"{mapping.Handler} is more than {settings.MaxOffsetLagThreshold} records behind on {mapping.Topic}", evaluationPeriods: 3);
        }

        var qualityGate = new Metric(new MetricProps
        {
            Namespace = MetricsNamespace,
            MetricName = settings.QualityGateMetric,
            Statistic = "Sum",
            Period = Duration.Hours(1),
        });
        AddAlarm("quality-gate", qualityGate, 1, "The GOLD quality gate failed");

        Dashboard = new Dashboard(this, "Dashboard", new DashboardProps { DashboardName = $"TechShop-{settings.Environment}" });
        Dashboard.AddWidgets(
            new GraphWidget(new GraphWidgetProps
            {
                Title = "Function errors",
                Left = FunctionSpec.All.Zip(errors).Select(p => Labelled(p.Second, p.First.Handler)).ToArray(),
                Width = 12,
            }),
            new GraphWidget(new GraphWidgetProps
            {
                Title = "Function duration (p99)",
                Left = FunctionSpec.All.Select(s => platform.Functions[s.Handler].MetricDuration(new MetricOptions { Statistic = "p99", Label = s.Handler })).ToArray(),
                Width = 12,
            }));
        Dashboard.AddWidgets(
            new GraphWidget(new GraphWidgetProps
            {
                Title = "Consumer lag (MaxOffsetLag)",
                Left = platform.EventSources.Mappings.Zip(lags).Select(p => Labelled(p.Second, $"{p.First.Handler} {p.First.Topic}")).ToArray(),
                Width = 12,
            }),
            new GraphWidget(new GraphWidgetProps
            {
                Title = "Dead letters and failed batches",
                Left = [Labelled(deadLetters, "dead-letter/ writes"), Labelled(failedBatches, "failed batches"), Labelled(notificationDeadLetters, "bronze notification dead letters")],
                Right = [Labelled(oldestNotification, "oldest bronze notification (s)")],
                Width = 6,
            }),
            new GraphWidget(new GraphWidgetProps { Title = "Quality gate failures", Left = [Labelled(qualityGate, "quality gate failures")], Width = 6 }));
        Dashboard.AddWidgets(new AlarmStatusWidget(new AlarmStatusWidgetProps { Title = "Alarms", Alarms = [.. _alarms], Width = 24 }));
    }

    /// <summary>Where every alarm notifies.</summary>
    public Topic AlarmTopic { get; }

    /// <summary>The operations dashboard.</summary>
    public Dashboard Dashboard { get; }

    private static Metric BucketPuts(string bucketName, string filterId) => new(new MetricProps
    {
        Namespace = "AWS/S3",
        MetricName = "PutRequests",
        DimensionsMap = new Dictionary<string, string> { ["BucketName"] = bucketName, ["FilterId"] = filterId },
        Statistic = "Sum",
        Period = Duration.Minutes(5),
    });

    // Labels live on the dashboard only: a labelled metric turns an alarm into a metric-math alarm.
    private static Metric Labelled(Metric metric, string label) => metric.With(new MetricOptions { Label = label });

    private void AddAlarm(string id, Metric metric, double threshold, string description, int evaluationPeriods = 1)
    {
        var alarm = new Alarm(this, id, new AlarmProps
        {
            Metric = metric,
            Threshold = threshold,
            EvaluationPeriods = evaluationPeriods,
            ComparisonOperator = ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
            TreatMissingData = TreatMissingData.NOT_BREACHING,
            AlarmDescription = description,
        });
        alarm.AddAlarmAction(new SnsAction(AlarmTopic));
        _alarms.Add(alarm);
    }
}
