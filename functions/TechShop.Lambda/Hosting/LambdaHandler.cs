using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace TechShop.Lambda.Hosting;

/// <summary>A handler of a typed event and response, (de)serialized with source-generated JSON metadata.</summary>
public abstract class LambdaHandler<TEvent, TResponse> : ILambdaHandler
    where TEvent : class
{
    private readonly JsonTypeInfo<TEvent> eventType;
    private readonly JsonTypeInfo<TResponse> responseType;
    private readonly string eventKind;

    /// <summary>Binds the handler to its event and response JSON metadata.</summary>
    /// <param name="eventType">Source-generated metadata of the event.</param>
    /// <param name="responseType">Source-generated metadata of the response.</param>
    /// <param name="eventKind">Names the expected event in errors, e.g. "an MSK/self-managed Kafka event".</param>
    protected LambdaHandler(JsonTypeInfo<TEvent> eventType, JsonTypeInfo<TResponse> responseType, string eventKind)
    {
        ArgumentNullException.ThrowIfNull(eventType);
        ArgumentNullException.ThrowIfNull(responseType);
        ArgumentException.ThrowIfNullOrEmpty(eventKind);
        this.eventType = eventType;
        this.responseType = responseType;
        this.eventKind = eventKind;
    }

    public abstract string Name { get; }

    public async Task<ReadOnlyMemory<byte>> HandleAsync(ReadOnlyMemory<byte> eventJson, ILambdaContext context, CancellationToken cancellationToken)
    {
        var lambdaEvent = LambdaEventJson.Parse(eventJson, eventType, Name, eventKind);
        var response = await HandleEventAsync(lambdaEvent, context, cancellationToken);
        return JsonSerializer.SerializeToUtf8Bytes(response, responseType);
    }

    /// <summary>Handles the parsed event.</summary>
    protected abstract Task<TResponse> HandleEventAsync(TEvent lambdaEvent, ILambdaContext context, CancellationToken cancellationToken);
}
