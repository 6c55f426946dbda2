using System.Text;
using System.Text.Json;
using TechShop.Core.Lake;
using TechShop.Core.Warehouse;
using TechShop.Functions.ColdPath;
using TechShop.Lambda.Events.S3;
using TechShop.Lambda.Events.Sqs;
using TechShop.Lambda.Hosting;
using TechShop.Lambda.Serialization;
using TechShop.Local.Invoke;

namespace TechShop.Functions.Tests.ColdPath;

/// <summary>bronze-load behind the SQS queue the lake bucket notifies in AWS: S3 notifications as message bodies.</summary>
public sealed class BronzeLoadQueueTests : IDisposable
{
    private const string QueueArn = "arn:aws:sqs:eu-west-1:123456789012:techshop-bronze-notifications";
    private const string StoresKey = "raw/batch/stores/dt=2024-03-01/stores-2024-03-01.jsonl";
    private const string ProductsKey = "raw/batch/products/dt=2024-03-01/products-2024-03-01.jsonl";
    private const string CorruptKey = "raw/batch/orders/dt=2024-03-02/orders-2024-03-02.jsonl";

    private const string TestEventBody = """
        {"Service":"Amazon S3","Event":"s3:TestEvent","Time":"2026-11-23T08:00:00.000Z","Bucket":"techshop-lake","RequestId":"5582815E1AEA5ADF","HostId":"8cLeGAmw098X5cv4Zkwcmo8vvZa3eH3eKxsPzbB9wrR+YstdA6Knx4Ip8EXAMPLE"}
        """;

    private readonly ColdPathHarness _harness = new();
    private readonly RecordingWarehouse _warehouse;
    private readonly LocalInvoker _invoker;

    public BronzeLoadQueueTests()
    {
        _warehouse = new RecordingWarehouse(_harness.Warehouse);
        var session = new WarehouseSession(_warehouse);
        _invoker = new LocalInvoker(
            new LambdaHandlerCatalog().Register(BronzeLoadHandler.HandlerName, () => new BronzeLoadHandler(_harness.Lake, session)),
            _harness.Output);
    }

    [Fact]
    public async Task BronzeLoad_WhenQueuedMessagesCarryRecordsATestEventAndACorruptFile_ShouldLoadThemInOneBatchAndReportNoFailure()
    {
        var stores = await PutStoresAsync();
        var products = await _harness.PutAsync(ProductsKey,
            "{\"product_key\": 1, \"name\": \"Laptop\", \"brand\": \"Contoso\", \"color\": \"Black\", \"category\": \"Computers\", \"subcategory\": \"Laptops\", \"unit_cost_usd\": 500.0, \"unit_price_usd\": 899.0}\n");
        var corrupt = await _harness.PutAsync(CorruptKey, "{\"order_number\": 1, \"order_date\": \"not a date\"}\n");

        var response = await InvokeAsync(Message("m1", Notification(stores, products)), Message("m2", TestEventBody), Message("m3", Notification(corrupt)));

        Assert.Empty(response.BatchItemFailures);
        var batch = Assert.Single(_warehouse.Batches);
        Assert.Equal([(StoresKey, stores.ETag), (ProductsKey, products.ETag), (CorruptKey, corrupt.ETag)], batch.Select(o => (o.Key, o.ETag)));
        Assert.Equal(["stores", "products", "orders"], batch.Select(o => o.Entity));
        Assert.Equal((1L, 1L), (await _harness.CountAsync("BRONZE.STORES"), await _harness.CountAsync("BRONZE.PRODUCTS")));
        Assert.Equal(2L, await _harness.CountAsync("BRONZE.LOAD_AUDIT"));
        Assert.Null(await _harness.Lake.GetAsync(CorruptKey));
        Assert.NotNull(await _harness.Lake.GetAsync(LakeQuarantine.ReasonKey(CorruptKey)));
        Assert.Contains(_harness.Lines(), l => l.Contains(
            "Skipped SQS message m2: the s3:TestEvent S3 sends when the notification configuration of bucket techshop-lake is saved.", StringComparison.Ordinal));
        Assert.Contains(_harness.Lines(), l => l.Contains(
            "3 SQS messages, 3 S3 records: 2 loaded (2 rows), 0 already loaded, 1 quarantined, 0 skipped, 0 missing; 0 messages reported failed.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BronzeLoad_WhenTheWarehouseFailsTransiently_ShouldReportExactlyTheMessagesWithObjectsInTheBatch()
    {
        var stores = await PutStoresAsync();
        var corrupt = await _harness.PutAsync(CorruptKey, "{\"order_number\": 1, \"order_date\": \"not a date\"}\n");
        var outside = await _harness.PutAsync("exports/report.csv", "a,b\n1,2\n");
        _warehouse.FailBatches = true;

        var response = await InvokeAsync(
            Message("m1", Notification(stores)), Message("m2", TestEventBody), Message("m3", Notification(corrupt)), Message("m4", Notification(outside)));

        Assert.Equal(["m1", "m3"], response.BatchItemFailures.Select(f => f.ItemIdentifier));
        Assert.Equal(2, Assert.Single(_warehouse.Batches).Count);
        Assert.NotNull(await _harness.Lake.GetAsync(CorruptKey));
        Assert.Contains(_harness.Lines(), l => l.Contains(
            "The batch load of 2 objects from 4 SQS messages failed (HttpRequestException: POST /api/v2/statements: 503 Service Unavailable (test)); "
            + "the 2 messages with objects in it are reported failed and will be retried.", StringComparison.Ordinal));

        _warehouse.FailBatches = false;
        var retry = await InvokeAsync(Message("m1", Notification(stores), receiveCount: 2), Message("m3", Notification(corrupt), receiveCount: 2));

        Assert.Empty(retry.BatchItemFailures);
        Assert.Equal(1L, await _harness.CountAsync("BRONZE.STORES"));
        Assert.NotNull(await _harness.Lake.GetAsync(LakeQuarantine.ReasonKey(CorruptKey)));
    }

    [Fact]
    public async Task BronzeLoad_WhenABodyIsNotAnS3Notification_ShouldReportOnlyThatMessageAndLoadTheOthers()
    {
        var stores = await PutStoresAsync();

        var response = await InvokeAsync(Message("m1", "{\"hello\": \"world\"}", receiveCount: 4), Message("m2", Notification(stores)));

        Assert.Equal("m1", Assert.Single(response.BatchItemFailures).ItemIdentifier);
        Assert.Equal(1L, await _harness.CountAsync("BRONZE.STORES"));
        Assert.Contains(_harness.Lines(), l => l.Contains($"SQS message m1 (receive 4) from {QueueArn} is not an S3 notification: the body has no Records", StringComparison.Ordinal)
            && l.Contains("It is reported failed, so the queue moves it to its dead-letter queue after maxReceiveCount receives.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BronzeLoad_WhenTwoMessagesNotifyTheSameObject_ShouldLoadItOnceInOneBatch()
    {
        var stores = await PutStoresAsync();

        var response = await InvokeAsync(Message("m1", Notification(stores)), Message("m2", Notification(stores)));

        Assert.Empty(response.BatchItemFailures);
        Assert.Single(Assert.Single(_warehouse.Batches));
        Assert.Equal(1L, await _harness.CountAsync("BRONZE.STORES"));
        Assert.Equal(1L, await _harness.CountAsync("BRONZE.LOAD_AUDIT"));
    }

    public void Dispose() => _harness.Dispose();

    private Task<LakeObjectInfo> PutStoresAsync() => _harness.PutAsync(StoresKey,
        "{\"store_key\": 1, \"name\": \"Tech Shop Paris\", \"country\": \"France\", \"state\": \"IDF\", \"square_meters\": 500, \"open_date\": \"2015-03-01\", \"is_online\": false}\n");

    // The body S3 writes to the queue: the same notification JSON it sends a function directly.
    private static string Notification(params LakeObjectInfo[] objects) =>
        Encoding.UTF8.GetString(ColdPathHarness.ObjectCreatedEvent(objects));

    private static SqsMessage Message(string messageId, string body, int receiveCount = 1) => new()
    {
        MessageId = messageId,
        ReceiptHandle = "AQEB" + messageId,
        Body = body,
        Attributes = new Dictionary<string, string>
        {
            ["ApproximateReceiveCount"] = receiveCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["SentTimestamp"] = "1763884800000",
            ["SenderId"] = "AIDAJHIPRHEMV73VRJEBU",
            ["ApproximateFirstReceiveTimestamp"] = "1763884800050",
        },
        EventSource = SqsEvent.EventSourceName,
        EventSourceArn = QueueArn,
        AwsRegion = "eu-west-1",
    };

    private async Task<SqsBatchResponse> InvokeAsync(params SqsMessage[] messages)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(new SqsEvent { Records = messages }, LambdaJsonContext.Default.SqsEvent);
        var result = await _invoker.InvokeAsync(BronzeLoadHandler.HandlerName, json, CancellationToken.None);
        Assert.True(result.Succeeded, Encoding.UTF8.GetString(result.Payload.Span));
        return JsonSerializer.Deserialize(result.Payload.Span, LambdaJsonContext.Default.SqsBatchResponse)!;
    }
}
