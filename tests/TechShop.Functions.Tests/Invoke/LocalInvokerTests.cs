using System.Text;
using System.Text.Json;
using TechShop.Lambda.Events.Kafka;
using TechShop.Lambda.Hosting;
using TechShop.Local.Invoke;

namespace TechShop.Functions.Tests.Invoke;

public sealed class LocalInvokerTests
{
    private sealed class FailedOffsetsHandler : KafkaEventHandler
    {
        public override string Name => "stream-test";

        protected override Task<KafkaBatchResponse> HandleEventAsync(KafkaEvent lambdaEvent, ILambdaContext context, CancellationToken cancellationToken)
        {
            context.Logger.LogInformation($"{lambdaEvent.RecordCount} records");
            context.Metrics.AddMetric("Records", lambdaEvent.RecordCount);
            return Task.FromResult(KafkaBatchResponse.ForFailedRecords(lambdaEvent.AllRecords().Where(r => r.Value is null)));
        }
    }

    private sealed class ThrowingHandler : ILambdaHandler
    {
        public string Name => "throws";

        public Task<ReadOnlyMemory<byte>> HandleAsync(ReadOnlyMemory<byte> eventJson, ILambdaContext context, CancellationToken cancellationToken) =>
            throw new TimeoutException($"timed out after {context.RemainingTime > TimeSpan.Zero}");
    }

    private readonly MemoryStream logs = new();

    private LocalInvoker Invoker() => new(
        new LambdaHandlerCatalog()
            .Register("stream-test", () => new FailedOffsetsHandler())
            .Register("throws", () => new ThrowingHandler()),
        logs);

    [Fact]
    public async Task InvokeAsync_ShouldRunTheNamedHandlerOnTheEventJsonAndReturnItsResponse()
    {
        var json = """{"eventSource":"SelfManagedKafka","records":{"orders-1":[{"topic":"orders","partition":1,"offset":9,"value":"AA=="},{"topic":"orders","partition":1,"offset":10}]}}""";

        var result = await Invoker().InvokeAsync("stream-test", Encoding.UTF8.GetBytes(json), CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal("""{"batchItemFailures":[{"itemIdentifier":{"partition":"orders-1","offset":10}}]}""", Encoding.UTF8.GetString(result.Payload.Span));
        var lines = Encoding.UTF8.GetString(logs.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.Contains($"\"requestId\":\"{result.RequestId}\",\"message\":\"2 records\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("\"Function\":\"stream-test\",\"Records\":2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task InvokeAsync_WhenHandlerThrows_ShouldReturnTheLambdaErrorBody()
    {
        var result = await Invoker().InvokeAsync("throws", "{}"u8.ToArray(), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal("TimeoutException", result.ErrorType);
        var body = JsonDocument.Parse(result.Payload).RootElement;
        Assert.Equal("TimeoutException", body.GetProperty("errorType").GetString());
        Assert.Equal("timed out after True", body.GetProperty("errorMessage").GetString());
    }

    [Fact]
    public async Task InvokeAsync_WhenEventDoesNotFitTheHandler_ShouldReturnAnErrorNamingTheExpectedEvent()
    {
        var result = await Invoker().InvokeAsync("stream-test", """{"Records":[]}"""u8.ToArray(), CancellationToken.None);

        Assert.Equal(nameof(LambdaEventFormatException), result.ErrorType);
        Assert.Contains("expected an MSK or self-managed Kafka event", Encoding.UTF8.GetString(result.Payload.Span));
    }

    [Fact]
    public async Task InvokeAsync_WhenHandlerIsUnknown_ShouldThrowNamingItAndTheKnownHandlers()
    {
        var error = await Assert.ThrowsAsync<UnknownHandlerException>(() =>
            Invoker().InvokeAsync("gold-build", "{}"u8.ToArray(), CancellationToken.None));

        Assert.Equal("No handler named 'gold-build'; known handlers: stream-test, throws.", error.Message);
    }

    [Fact]
    public void LocalHandlerCatalog_ShouldOnlyRegisterHandlersNamedInTheContracts()
    {
        string[] contractNames = ["stream-enrich", "stream-archive", "bronze-load", "silver-build", "gold-build"];

        Assert.All(LocalHandlerCatalog.Create(Path.GetTempPath()).Names, name => Assert.Contains(name, contractNames));
        Assert.All(FunctionCatalog.Create().Names, name => Assert.Contains(name, contractNames));
    }
}
