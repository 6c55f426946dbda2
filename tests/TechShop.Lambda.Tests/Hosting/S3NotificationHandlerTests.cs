using System.Text;
using System.Text.Json;
using TechShop.Lambda.Events.S3;
using TechShop.Lambda.Events.Sqs;
using TechShop.Lambda.Hosting;
using TechShop.Lambda.Logging;
using TechShop.Lambda.Metrics;
using TechShop.Lambda.Serialization;

namespace TechShop.Lambda.Tests.Hosting;

public sealed class S3NotificationHandlerTests
{
    private const string S3Direct = """
        {"Records":[{"eventVersion":"2.1","eventSource":"aws:s3","eventTime":"2026-03-01T08:15:30Z","eventName":"ObjectCreated:Put",
          "s3":{"bucket":{"name":"lake"},"object":{"key":"raw/a.jsonl","size":1,"eTag":"e1"}}}]}
        """;

    private const string Queued = """
        {"Records":[
          {"messageId":"m1","body":"{\"Records\":[{\"eventSource\":\"aws:s3\",\"eventTime\":\"2026-03-01T08:15:30Z\",\"eventName\":\"ObjectCreated:Put\",\"s3\":{\"bucket\":{\"name\":\"lake\"},\"object\":{\"key\":\"raw/a.jsonl\",\"eTag\":\"e1\"}}}]}",
           "attributes":{"ApproximateReceiveCount":"1"},"messageAttributes":{},"eventSource":"aws:sqs","eventSourceARN":"arn:aws:sqs:eu-west-1:123456789012:q","awsRegion":"eu-west-1"},
          {"messageId":"m2","body":"oops","attributes":{},"messageAttributes":{},"eventSource":"aws:sqs","eventSourceARN":"arn:aws:sqs:eu-west-1:123456789012:q","awsRegion":"eu-west-1"}]}
        """;

    // Answers a direct event with its keys, and fails every queued message whose body is not a notification.
    private sealed class KeysHandler : S3NotificationHandler<string>
    {
        public KeysHandler()
            : base(LambdaJsonContext.Default.String)
        {
        }

        public override string Name => "keys";

        protected override Task<string> HandleS3EventAsync(S3Event lambdaEvent, ILambdaContext context, CancellationToken cancellationToken) =>
            Task.FromResult(string.Join(",", lambdaEvent.Records.Select(r => r.S3.Object.Key)));

        protected override Task<SqsBatchResponse> HandleSqsEventAsync(SqsEvent lambdaEvent, ILambdaContext context, CancellationToken cancellationToken) =>
            Task.FromResult(SqsBatchResponse.ForFailedMessages(lambdaEvent.Records.Where(m => !m.Body.StartsWith('{'))));
    }

    private static async Task<string> InvokeAsync(string eventJson)
    {
        var output = new MemoryStream();
        var context = new LambdaContext(TimeProvider.System)
        {
            AwsRequestId = "r1",
            FunctionName = "keys",
            InvokedFunctionArn = "arn:aws:lambda:eu-west-1:123456789012:function:keys",
            Deadline = DateTimeOffset.UtcNow.AddMinutes(1),
            Logger = new JsonLambdaLogger(output, LambdaLogLevel.Info, TimeProvider.System, "r1"),
            Metrics = new MetricsLogger("Test", output, TimeProvider.System),
        };
        var response = await new KeysHandler().HandleAsync(Encoding.UTF8.GetBytes(eventJson), context, CancellationToken.None);
        return Encoding.UTF8.GetString(response.Span);
    }

    [Fact]
    public async Task HandleAsync_WhenTheEventComesFromS3_ShouldAnswerWithTheHandlersOwnResponse() =>
        Assert.Equal("\"raw/a.jsonl\"", await InvokeAsync(S3Direct));

    [Fact]
    public async Task HandleAsync_WhenTheEventComesFromSqs_ShouldAnswerWithAPartialBatchResponse() =>
        Assert.Equal("""{"batchItemFailures":[{"itemIdentifier":"m2"}]}""", await InvokeAsync(Queued));

    [Fact]
    public async Task HandleAsync_WhenTheEventHasNoRecords_ShouldTreatItAsAnEmptyS3Event() =>
        Assert.Equal("\"\"", await InvokeAsync("""{"Records":[]}"""));

    [Fact]
    public async Task HandleAsync_WhenTheEventComesFromAnotherSource_ShouldThrowNamingThatSource()
    {
        var error = await Assert.ThrowsAsync<LambdaEventFormatException>(() => InvokeAsync("""{"Records":[{"EventSource":"aws:sns","Sns":{}}]}"""));

        Assert.Equal(
            "Handler 'keys' expected an S3 event notification, or an SQS event of S3 notifications, but the first record's eventSource is 'aws:sns'",
            error.Message);
    }

    [Fact]
    public async Task HandleAsync_WhenAnSqsMessageLacksItsMessageId_ShouldThrowAnEventFormatError()
    {
        var error = await Assert.ThrowsAsync<LambdaEventFormatException>(() => InvokeAsync("""{"Records":[{"eventSource":"aws:sqs","body":"x"}]}"""));

        Assert.StartsWith("Handler 'keys' expected an SQS event of S3 notifications, but ", error.Message, StringComparison.Ordinal);
        Assert.Contains("messageId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_ResponseOfAQueuedEvent_ShouldRoundTrip() =>
        Assert.Equal("m2", Assert.Single(JsonSerializer.Deserialize("""{"batchItemFailures":[{"itemIdentifier":"m2"}]}""", LambdaJsonContext.Default.SqsBatchResponse)!.BatchItemFailures).ItemIdentifier);
}
