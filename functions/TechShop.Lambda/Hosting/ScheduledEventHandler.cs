using System.Text.Json.Serialization.Metadata;
using TechShop.Lambda.Events.Scheduled;
using TechShop.Lambda.Serialization;

namespace TechShop.Lambda.Hosting;

/// <summary>A handler of EventBridge scheduled events; <typeparamref name="TResponse"/> is what it reports back.</summary>
public abstract class ScheduledEventHandler<TResponse> : LambdaHandler<ScheduledEvent, TResponse>
{
    protected ScheduledEventHandler(JsonTypeInfo<TResponse> responseType)
        : base(LambdaJsonContext.Default.ScheduledEvent, responseType, "an EventBridge scheduled event")
    {
    }
}
