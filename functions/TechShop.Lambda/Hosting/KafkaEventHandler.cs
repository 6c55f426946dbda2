using TechShop.Lambda.Events.Kafka;
using TechShop.Lambda.Serialization;

namespace TechShop.Lambda.Hosting;

/// <summary>A handler of Kafka event source mapping batches that answers with a partial batch response.</summary>
public abstract class KafkaEventHandler : LambdaHandler<KafkaEvent, KafkaBatchResponse>
{
    protected KafkaEventHandler()
        : base(LambdaJsonContext.Default.KafkaEvent, LambdaJsonContext.Default.KafkaBatchResponse, "an MSK or self-managed Kafka event")
    {
    }
}
