using TechShop.Lambda.Events.Kafka;
using TechShop.Lambda.Hosting;

namespace TechShop.Lambda.TestFunction;

/// <summary>Reports every tombstone of a Kafka batch as failed, through the typed Kafka handler base.</summary>
public sealed class KafkaCountHandler : KafkaEventHandler
{
    public const string HandlerName = "kafka-tombstones";

    public override string Name => HandlerName;

    protected override Task<KafkaBatchResponse> HandleEventAsync(KafkaEvent lambdaEvent, ILambdaContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lambdaEvent);
        return Task.FromResult(KafkaBatchResponse.ForFailedRecords(lambdaEvent.AllRecords().Where(r => r.IsTombstone)));
    }
}
