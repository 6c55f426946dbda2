using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using TechShop.Lambda.Events.S3;
using TechShop.Lambda.Events.Sqs;
using TechShop.Lambda.Serialization;

namespace TechShop.Lambda.Hosting;

/// <summary>
/// A handler of S3 object notifications delivered either directly (an S3 event, answered with
/// <typeparamref name="TResponse"/>) or through an SQS queue the bucket notifies (an SQS event whose message bodies are
/// S3 notifications, answered with a partial batch response). The first record's <c>eventSource</c> tells them apart.
/// </summary>
public abstract class S3NotificationHandler<TResponse> : ILambdaHandler
{
    private const string EventKind = "an S3 event notification, or an SQS event of S3 notifications";

    private readonly JsonTypeInfo<TResponse> responseType;

    /// <param name="responseType">Source-generated metadata of the response to a direct S3 event.</param>
    protected S3NotificationHandler(JsonTypeInfo<TResponse> responseType)
    {
        ArgumentNullException.ThrowIfNull(responseType);
        this.responseType = responseType;
    }

    public abstract string Name { get; }

    public async Task<ReadOnlyMemory<byte>> HandleAsync(ReadOnlyMemory<byte> eventJson, ILambdaContext context, CancellationToken cancellationToken)
    {
        var source = LambdaEventJson.FirstRecordEventSource(eventJson.Span, Name, EventKind);
        switch (source)
        {
            case SqsEvent.EventSourceName:
                var queued = LambdaEventJson.Parse(eventJson, LambdaJsonContext.Default.SqsEvent, Name, "an SQS event of S3 notifications");
                var batch = await HandleSqsEventAsync(queued, context, cancellationToken).ConfigureAwait(false);
                return JsonSerializer.SerializeToUtf8Bytes(batch, LambdaJsonContext.Default.SqsBatchResponse);
            case null or "aws:s3":
                var direct = LambdaEventJson.Parse(eventJson, LambdaJsonContext.Default.S3Event, Name, "an S3 event notification");
                var response = await HandleS3EventAsync(direct, context, cancellationToken).ConfigureAwait(false);
                return JsonSerializer.SerializeToUtf8Bytes(response, responseType);
            default:
                throw new LambdaEventFormatException(Name, EventKind, $"the first record's eventSource is '{source}'");
        }
    }

    /// <summary>Handles notifications S3 sent to the function itself; an exception fails (and retries) the whole event.</summary>
    protected abstract Task<TResponse> HandleS3EventAsync(S3Event lambdaEvent, ILambdaContext context, CancellationToken cancellationToken);

    /// <summary>Handles a batch of queued notifications; the response names the messages to leave on the queue.</summary>
    protected abstract Task<SqsBatchResponse> HandleSqsEventAsync(SqsEvent lambdaEvent, ILambdaContext context, CancellationToken cancellationToken);
}
