using System.Text;
using TechShop.Lambda.Events.Kafka;
using TechShop.Lambda.Hosting;
using TechShop.Lambda.Metrics;

namespace TechShop.Lambda.Tests.Hosting;

public sealed class LambdaHandlerCatalogTests
{
    private sealed class TombstoneHandler : KafkaEventHandler
    {
        public override string Name => "tombstones";

        protected override Task<KafkaBatchResponse> HandleEventAsync(KafkaEvent lambdaEvent, ILambdaContext context, CancellationToken cancellationToken) =>
            Task.FromResult(KafkaBatchResponse.ForFailedRecords(lambdaEvent.AllRecords().Where(r => r.IsTombstone)));
    }

    private static LambdaContext Context() => new(TimeProvider.System)
    {
        AwsRequestId = "r",
        FunctionName = "f",
        InvokedFunctionArn = "arn",
        Deadline = DateTimeOffset.MaxValue,
        Logger = new TechShop.Lambda.Logging.JsonLambdaLogger(Stream.Null, LambdaLogLevel.Info, TimeProvider.System, "r"),
        Metrics = new MetricsLogger("TechShop", Stream.Null, TimeProvider.System),
    };

    [Fact]
    public void Create_WhenNameIsUnknown_ShouldThrowNamingItAndTheKnownHandlers()
    {
        var catalog = new LambdaHandlerCatalog().Register("tombstones", () => new TombstoneHandler());

        var error = Assert.Throws<UnknownHandlerException>(() => catalog.Create("stream-enrich"));

        Assert.Equal("No handler named 'stream-enrich'; known handlers: tombstones.", error.Message);
        Assert.Equal(["tombstones"], error.Known);
    }

    [Fact]
    public void Create_WhenCatalogIsEmptyAndNameMissing_ShouldSaySo()
    {
        var error = Assert.Throws<UnknownHandlerException>(() => new LambdaHandlerCatalog().Create(null));

        Assert.Equal("No handler name was given (set _HANDLER); none are registered.", error.Message);
    }

    [Fact]
    public void Register_WhenNameIsTaken_ShouldThrow()
    {
        var catalog = new LambdaHandlerCatalog().Register("tombstones", () => new TombstoneHandler());

        Assert.Throws<ArgumentException>(() => catalog.Register("tombstones", () => new TombstoneHandler()));
    }

    [Fact]
    public void Create_ShouldBuildOnlyTheSelectedHandler()
    {
        var built = new List<string>();
        var catalog = new LambdaHandlerCatalog()
            .Register("tombstones", () => { built.Add("tombstones"); return new TombstoneHandler(); })
            .Register("other", () => { built.Add("other"); return new TombstoneHandler(); });

        catalog.Create("tombstones");

        Assert.Equal(["tombstones"], built);
        Assert.Equal(["other", "tombstones"], catalog.Names);
    }

    [Fact]
    public async Task KafkaEventHandler_ShouldParseTheBatchAndSerializeTheBatchResponse()
    {
        var json = """{"eventSource":"aws:kafka","records":{"orders-2":[{"topic":"orders","partition":2,"offset":10,"value":"AA=="},{"topic":"orders","partition":2,"offset":11}]}}""";

        var response = await new TombstoneHandler().HandleAsync(Encoding.UTF8.GetBytes(json), Context(), CancellationToken.None);

        Assert.Equal("""{"batchItemFailures":[{"itemIdentifier":{"partition":"orders-2","offset":11}}]}""", Encoding.UTF8.GetString(response.Span));
    }

    [Fact]
    public async Task KafkaEventHandler_WhenEventIsNotAKafkaBatch_ShouldThrowNamingTheHandlerAndTheExpectedEvent()
    {
        var error = await Assert.ThrowsAsync<LambdaEventFormatException>(() =>
            new TombstoneHandler().HandleAsync("""{"records":[1,2]}"""u8.ToArray(), Context(), CancellationToken.None));

        Assert.StartsWith("Handler 'tombstones' expected an MSK or self-managed Kafka event, but ", error.Message);
    }
}
