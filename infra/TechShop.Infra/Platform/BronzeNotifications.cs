using Amazon.CDK;
using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AWS.S3;
using Amazon.CDK.AWS.S3.Notifications;
using Amazon.CDK.AWS.SQS;
using Constructs;
using TechShop.Core.Lake;
using TechShop.Infra.Configuration;

namespace TechShop.Infra.Platform;

/// <summary>
/// The route from the lake to bronze-load: S3 notifies an SQS queue of every object created below raw/batch/ and
/// raw/stream/ (S3 invokes a function with one record per event; the queue lets Lambda hand bronze-load up to
/// <see cref="PlatformSettings.BronzeBatchSize"/> notifications at once, which it loads as one batch), with a
/// dead-letter queue for notifications that fail <see cref="PlatformSettings.BronzeMaxReceiveCount"/> times.
/// </summary>
public sealed class BronzeNotifications : Construct
{
    /// <summary>The handler the queue feeds.</summary>
    public const string Handler = "bronze-load";

    /// <summary>AWS's guidance: a source queue's visibility timeout of at least six times the function's timeout.</summary>
    public const int VisibilityTimeoutFactor = 6;

    // The longest SQS keeps a message; the dead-letter queue keeps the same, as a moved message keeps its first enqueue time.
    private static readonly Duration Retention = Duration.Days(14);

    public BronzeNotifications(Construct scope, string id, PlatformSettings settings, Lake lake, Functions functions) : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(lake);
        ArgumentNullException.ThrowIfNull(functions);
        var removal = settings.RetainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;
        // SQS-managed keys: S3 can send to the queue without a key policy, and nothing leaves it unencrypted.
        DeadLetters = new Queue(this, "DeadLetters", new QueueProps
        {
            Encryption = QueueEncryption.SQS_MANAGED,
            EnforceSSL = true,
            RetentionPeriod = Retention,
            RemovalPolicy = removal,
        });
        Queue = new Queue(this, "Queue", new QueueProps
        {
            Encryption = QueueEncryption.SQS_MANAGED,
            EnforceSSL = true,
            RetentionPeriod = Retention,
            VisibilityTimeout = Duration.Minutes(VisibilityTimeoutFactor * FunctionSpec.Of(Handler).TimeoutMinutes),
            DeadLetterQueue = new DeadLetterQueue { Queue = DeadLetters, MaxReceiveCount = settings.BronzeMaxReceiveCount },
            RemovalPolicy = removal,
        });

        foreach (var prefix in new[] { LakeKey.RawBatchPrefix, LakeKey.RawStreamPrefix })
        {
            lake.Bucket.AddEventNotification(EventType.OBJECT_CREATED, new SqsDestination(Queue), new NotificationKeyFilter { Prefix = prefix });
        }

        // The three actions Lambda's pollers use on the function's behalf (SqsEventSource would also grant
        // ChangeMessageVisibility and GetQueueUrl, which the mapping never calls).
        functions.Allow(Handler, "ConsumeLakeNotifications", ["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes"], Queue.QueueArn);
        var function = functions[Handler];
        Mapping = new EventSourceMapping(this, "Mapping", new EventSourceMappingProps
        {
            Target = function,
            EventSourceArn = Queue.QueueArn,
            BatchSize = settings.BronzeBatchSize,
            MaxBatchingWindow = settings.BronzeBatchingWindowSeconds > 0 ? Duration.Seconds(settings.BronzeBatchingWindowSeconds) : null,
            ReportBatchItemFailures = true,
            // Bounds the Snowflake sessions a backfill opens; messages wait in the queue meanwhile, they are not throttled.
            MaxConcurrency = settings.BronzeMaxConcurrency,
        });
        // Lambda checks the role can receive from the queue when it creates the mapping.
        Mapping.Node.AddDependency(function.Role!);
    }

    /// <summary>The queue the lake bucket notifies and bronze-load consumes.</summary>
    public Queue Queue { get; }

    /// <summary>Where notifications go after failing maxReceiveCount times (a body that is not a notification, a load failing again and again).</summary>
    public Queue DeadLetters { get; }

    /// <summary>The event source mapping from <see cref="Queue"/> to bronze-load.</summary>
    public EventSourceMapping Mapping { get; }
}
