using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace TechShop.Functions.Tests.Process;

/// <summary>
/// The production Native AOT bootstrap — the binary the CDK app deploys — as a real process against a Runtime API on
/// 127.0.0.1: its handlers initialise, run and fail the way Lambda expects, with the AWS SDK inside the AOT binary.
/// </summary>
public sealed class ProductionBootstrapProcessTests : IClassFixture<ProductionBootstrap>
{
    // Guards against a hung process; not a performance assertion.
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);
    private readonly ProductionBootstrap bootstrap;

    public ProductionBootstrapProcessTests(ProductionBootstrap bootstrap) => this.bootstrap = bootstrap;

    [Fact]
    public async Task StreamArchive_WhenTheBatchIsEmpty_ShouldAnswerWithNoFailuresAndNoObjects()
    {
        await using var api = await FakeRuntimeApi.StartAsync();
        using var process = new BootstrapProcess(bootstrap.ExecutablePath, api.Address, "stream-archive", LakeEnvironment(ClosedLoopbackPort()));

        var post = await api.InvokeAsync("req-empty", """{"eventSource":"aws:kafka","records":{}}""").WaitAsync(HangGuard);

        Assert.Equal("response", post.Kind);
        Assert.Empty(post.Json.GetProperty("batchItemFailures").EnumerateArray());
        Assert.Empty(post.Json.GetProperty("objectKeys").EnumerateArray());
    }

    [Fact]
    public async Task StreamArchive_WhenTheLakeIsUnreachable_ShouldReportThePartitionFromItsFirstOffsetForRedelivery()
    {
        await using var api = await FakeRuntimeApi.StartAsync();
        using var process = new BootstrapProcess(bootstrap.ExecutablePath, api.Address, "stream-archive", LakeEnvironment(ClosedLoopbackPort()));
        var kafkaEvent = """
            {"eventSource":"aws:kafka","records":{"orders-3":[
              {"topic":"orders","partition":3,"offset":90211,"timestamp":1767225600123,"timestampType":"CREATE_TIME","key":"NDI=","value":"AAAAAAE=","headers":[]},
              {"topic":"orders","partition":3,"offset":90212,"timestamp":1767225600124,"timestampType":"CREATE_TIME","key":"NDM=","value":"AAAAAAE=","headers":[]}]}}
            """;

        var post = await api.InvokeAsync("req-unreachable", kafkaEvent).WaitAsync(HangGuard);

        Assert.Equal("response", post.Kind);
        var failure = Assert.Single(post.Json.GetProperty("batchItemFailures").EnumerateArray()).GetProperty("itemIdentifier");
        Assert.Equal("orders-3", failure.GetProperty("partition").GetString());
        Assert.Equal(90211, failure.GetProperty("offset").GetInt64());
        Assert.Empty(post.Json.GetProperty("objectKeys").EnumerateArray());
        Assert.Contains("raw/stream/orders/dt=2026-01-01/orders-3-90211-90212.avro", process.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invocation_WhenTheEventIsNotAKafkaEvent_ShouldPostATypedErrorAndKeepServing()
    {
        await using var api = await FakeRuntimeApi.StartAsync();
        using var process = new BootstrapProcess(bootstrap.ExecutablePath, api.Address, "stream-archive", LakeEnvironment(ClosedLoopbackPort()));

        var error = await api.InvokeAsync("req-bad", "[1,2,3]").WaitAsync(HangGuard);
        var next = await api.InvokeAsync("req-good", """{"eventSource":"aws:kafka","records":{}}""").WaitAsync(HangGuard);

        Assert.Equal("error", error.Kind);
        Assert.Equal("LambdaEventFormatException", error.ErrorTypeHeader);
        Assert.Contains("stream-archive", error.Json.GetProperty("errorMessage").GetString(), StringComparison.Ordinal);
        Assert.Equal("response", next.Kind);
        Assert.False(process.HasExited);
    }

    [Fact]
    public async Task BronzeLoad_WhenQueuedMessagesAreATestEventAndABodyThatIsNoNotification_ShouldReportOnlyThatMessage()
    {
        await using var api = await FakeRuntimeApi.StartAsync();
        using var process = new BootstrapProcess(bootstrap.ExecutablePath, api.Address, "bronze-load", LakeEnvironment(ClosedLoopbackPort()));
        var sqsEvent = """
            {"Records":[
              {"messageId":"m-test","receiptHandle":"AQEBtest","body":"{\"Service\":\"Amazon S3\",\"Event\":\"s3:TestEvent\",\"Time\":\"2026-11-23T08:00:00.000Z\",\"Bucket\":\"techshop-lake-test\",\"RequestId\":\"5582815E1AEA5ADF\",\"HostId\":\"8cLeGAmw098X5cv4Zkwcmo8vvZa3eH3e\"}",
               "attributes":{"ApproximateReceiveCount":"1","SentTimestamp":"1763884800000","SenderId":"AIDAEXAMPLE","ApproximateFirstReceiveTimestamp":"1763884800050"},
               "messageAttributes":{},"md5OfBody":"0c3b2f4e","eventSource":"aws:sqs","eventSourceARN":"arn:aws:sqs:eu-west-1:123456789012:bronze","awsRegion":"eu-west-1"},
              {"messageId":"m-bad","receiptHandle":"AQEBbad","body":"hello",
               "attributes":{"ApproximateReceiveCount":"2","SentTimestamp":"1763884800000","SenderId":"AIDAEXAMPLE","ApproximateFirstReceiveTimestamp":"1763884800050"},
               "messageAttributes":{},"md5OfBody":"5d41402a","eventSource":"aws:sqs","eventSourceARN":"arn:aws:sqs:eu-west-1:123456789012:bronze","awsRegion":"eu-west-1"}]}
            """;

        var post = await api.InvokeAsync("req-sqs", sqsEvent).WaitAsync(HangGuard);

        Assert.Equal("response", post.Kind);
        Assert.Equal("m-bad", Assert.Single(post.Json.GetProperty("batchItemFailures").EnumerateArray()).GetProperty("itemIdentifier").GetString());
        Assert.Contains("Skipped SQS message m-test: the s3:TestEvent", process.Output, StringComparison.Ordinal);
        Assert.Contains("SQS message m-bad (receive 2)", process.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BronzeLoad_WhenADirectS3EventNamesAKeyOutsideRaw_ShouldAnswerWithItsRecordSkipped()
    {
        await using var api = await FakeRuntimeApi.StartAsync();
        using var process = new BootstrapProcess(bootstrap.ExecutablePath, api.Address, "bronze-load", LakeEnvironment(ClosedLoopbackPort()));
        var s3Event = """
            {"Records":[{"eventVersion":"2.1","eventSource":"aws:s3","awsRegion":"eu-west-1","eventTime":"2026-11-23T08:00:00.000Z","eventName":"ObjectCreated:Put",
              "s3":{"s3SchemaVersion":"1.0","configurationId":"c","bucket":{"name":"techshop-lake-test","arn":"arn:aws:s3:::techshop-lake-test"},
                    "object":{"key":"exports/report.csv","size":8,"eTag":"9b2cf535f27731c974343645a3985328"}}}]}
            """;

        var post = await api.InvokeAsync("req-s3", s3Event).WaitAsync(HangGuard);

        Assert.Equal("response", post.Kind);
        var record = Assert.Single(post.Json.GetProperty("records").EnumerateArray());
        Assert.Equal(("exports/report.csv", "Skipped"), (record.GetProperty("key").GetString(), record.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Initialization_WhenTheHandlerIsUnknown_ShouldNameEveryProductionHandler()
    {
        await using var api = await FakeRuntimeApi.StartAsync();
        using var process = new BootstrapProcess(bootstrap.ExecutablePath, api.Address, "stream-enrch");

        var post = await api.InitError.WaitAsync(HangGuard);
        var exitCode = await process.WaitForExitAsync(HangGuard);

        Assert.Equal(1, exitCode);
        var message = post.Json.GetProperty("errorMessage").GetString()!;
        Assert.StartsWith("No handler named 'stream-enrch'", message, StringComparison.Ordinal);
        foreach (var handler in new[] { "stream-enrich", "stream-archive", "bronze-load", "silver-build", "gold-build" })
        {
            Assert.Contains(handler, message, StringComparison.Ordinal);
        }
    }

    // The S3 endpoint is a loopback port nobody listens on; static keys keep the SDK away from instance metadata.
    private static Dictionary<string, string> LakeEnvironment(int s3Port) => new()
    {
        ["TECHSHOP_LAKE_BUCKET"] = "techshop-lake-test",
        ["AWS_ENDPOINT_URL_S3"] = $"http://127.0.0.1:{s3Port}",
        ["AWS_REGION"] = "eu-west-1",
        ["AWS_ACCESS_KEY_ID"] = "AKIDEXAMPLE",
        ["AWS_SECRET_ACCESS_KEY"] = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
        ["AWS_MAX_ATTEMPTS"] = "1",
    };

    private static int ClosedLoopbackPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
