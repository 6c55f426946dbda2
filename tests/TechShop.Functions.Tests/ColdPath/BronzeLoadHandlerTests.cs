using System.Text.Json;
using TechShop.Core.Extracts;
using TechShop.Core.Lake;
using TechShop.Functions.ColdPath;
using TechShop.Local.Generator;

namespace TechShop.Functions.Tests.ColdPath;

public sealed class BronzeLoadHandlerTests : IDisposable
{
    private const string CorruptKey = "raw/batch/orders/dt=2024-03-02/orders-2024-03-02.jsonl";
    private readonly ColdPathHarness _harness = new();

    [Fact]
    public async Task BronzeLoad_WhenTheSameNotificationArrivesTwice_ShouldLoadTheRowsOnceAndSayAlreadyLoaded()
    {
        var stores = DailyExtracts.Build(SmallPeriod.Dataset).Single(f => f.Entity == ExtractEntity.Stores);
        var info = await _harness.Lake.PutAsync(stores.Key, new MemoryStream(stores.Content.ToArray()), "application/x-ndjson");

        var first = await _harness.NotifyAsync(info);
        var second = await _harness.NotifyAsync(info);

        Assert.Equal(new BronzeRecordOutcome(ColdPathHarness.Bucket, stores.Key, info.ETag, BronzeRecordStatus.Loaded, "stores", stores.RowCount, null, null), first.Records[0]);
        Assert.Equal(BronzeRecordStatus.AlreadyLoaded, Assert.Single(second.Records).Status);
        Assert.Equal(0, second.Records[0].RowsLoaded);
        Assert.Equal(stores.RowCount, await _harness.CountAsync("BRONZE.STORES"));
        Assert.Equal(1L, await _harness.CountAsync("BRONZE.LOAD_AUDIT"));
    }

    [Fact]
    public async Task BronzeLoad_WhenOneFileIsCorrupt_ShouldQuarantineItWithItsReasonAndLoadTheOthers()
    {
        var corrupt = await _harness.PutAsync(CorruptKey, "{\"order_number\": 1, \"order_date\": \"2024-03-02\"}\n{\"order_number\": 2, \"order_date\": \"not a date\"}\n");
        var stores = await _harness.PutAsync("raw/batch/stores/dt=2024-03-01/stores-2024-03-01.jsonl",
            "{\"store_key\": 1, \"name\": \"Tech Shop Paris\", \"country\": \"France\", \"state\": \"IDF\", \"square_meters\": 500, \"open_date\": \"2015-03-01\", \"is_online\": false}\n");

        var response = await _harness.NotifyAsync(corrupt, stores);

        var quarantined = response.Records[0];
        Assert.Equal(BronzeRecordStatus.Quarantined, quarantined.Status);
        Assert.Equal("quarantine/" + CorruptKey, quarantined.QuarantineKey);
        Assert.Contains("not valid JSON Lines for BRONZE.ORDERS", quarantined.Reason, StringComparison.Ordinal);
        Assert.Equal(new BronzeRecordOutcome(ColdPathHarness.Bucket, stores.Key, stores.ETag, BronzeRecordStatus.Loaded, "stores", 1, null, null), response.Records[1]);
        Assert.Null(await _harness.Lake.GetAsync(CorruptKey));
        Assert.Equal(corrupt.ETag, (await _harness.Lake.GetAsync("quarantine/" + CorruptKey))!.Info.ETag);
        var reason = JsonSerializer.Deserialize((await _harness.Lake.GetAsync(LakeQuarantine.ReasonKey(CorruptKey)))!.Content.Span, ColdPathJsonContext.Default.QuarantineReason)!;
        Assert.Equal((ColdPathHarness.Bucket, CorruptKey, corrupt.ETag, "orders", quarantined.Reason), (reason.Bucket, reason.Key, reason.ETag, reason.Entity, reason.Reason));
        Assert.Equal(0L, await _harness.CountAsync("BRONZE.ORDERS"));
        Assert.Equal(1L, await _harness.CountAsync("BRONZE.LOAD_AUDIT"));
        var deadLettered = Assert.Single(_harness.MetricDocuments(), d => d.TryGetProperty("DeadLettered", out _));
        Assert.Equal(("bronze-load", "quarantined", 1.0), (deadLettered.GetProperty("Function").GetString(), deadLettered.GetProperty("Reason").GetString(), deadLettered.GetProperty("DeadLettered").GetDouble()));
    }

    [Fact]
    public async Task BronzeLoad_WhenAnEventCarriesManyFilesOfOneEntityAndOneIsCorrupt_ShouldQuarantineOnlyThatOneAndLoadTheRest()
    {
        var orders = DailyExtracts.Build(SmallPeriod.Dataset).Where(f => f.Entity == ExtractEntity.Orders).Take(5).ToList();
        const string badKey = "raw/batch/orders/dt=2023-12-31/orders-2023-12-31.jsonl";
        var landed = new List<LakeObjectInfo>();
        foreach (var file in orders)
        {
            landed.Add(await _harness.Lake.PutAsync(file.Key, new MemoryStream(file.Content.ToArray()), "application/x-ndjson"));
        }

        var corrupt = await _harness.PutAsync(badKey, "{\"order_number\": 1, \"order_date\": \"2024-03-02\"}\n{\"order_number\": 2, \"order_date\": \"not a date\"}\n");
        landed.Insert(2, corrupt);

        var response = await _harness.NotifyAsync([.. landed]);

        Assert.Equal(
            landed.Select(o => o.Key == badKey ? BronzeRecordStatus.Quarantined : BronzeRecordStatus.Loaded),
            response.Records.Select(r => r.Status));
        Assert.Equal(landed.Select(o => o.Key), response.Records.Select(r => r.Key));
        Assert.Equal(orders.Select(f => (long)f.RowCount), response.Records.Where(r => r.Key != badKey).Select(r => r.RowsLoaded));
        Assert.Equal(orders.Sum(f => (long)f.RowCount), await _harness.CountAsync("BRONZE.ORDERS"));
        Assert.Equal(orders.Count, await _harness.CountAsync("BRONZE.LOAD_AUDIT"));
        Assert.Null(await _harness.Lake.GetAsync(badKey));
        Assert.NotNull(await _harness.Lake.GetAsync(LakeQuarantine.ReasonKey(badKey)));
    }

    [Fact]
    public async Task BronzeLoad_WhenTheObjectWasOverwrittenSinceTheNotification_ShouldSkipItAsSupersededNotAsAlreadyLoaded()
    {
        const string archiveKey = "raw/stream/orders/dt=2024-03-01/orders-0-100-199.avro";
        const string newerETag = "5d41402abc4b2a76b9719d911017c592";
        using var harness = new ColdPathHarness(duckDb => new OverwrittenObjectWarehouse(duckDb, archiveKey, newerETag));
        var archive = await harness.PutAsync(archiveKey, "the version the notification names");
        var stores = await harness.PutAsync("raw/batch/stores/dt=2024-03-01/stores-2024-03-01.jsonl",
            "{\"store_key\": 1, \"name\": \"Tech Shop Paris\", \"country\": \"France\", \"state\": \"IDF\", \"square_meters\": 500, \"open_date\": \"2015-03-01\", \"is_online\": false}\n");

        var response = await harness.NotifyAsync(archive, stores);

        Assert.Equal(
            new BronzeRecordOutcome(ColdPathHarness.Bucket, archiveKey, archive.ETag, BronzeRecordStatus.Skipped, "stream_orders", 0,
                $"superseded: overwritten since this notification (etag now {newerETag})", null),
            response.Records[0]);
        Assert.Equal(BronzeRecordStatus.Loaded, response.Records[1].Status);
        Assert.Contains(harness.Lines(), l => l.Contains(
            $"s3://techshop-lake/{archiveKey} (etag {archive.ETag}) was overwritten since this notification (etag now {newerETag}): nothing loaded; the newer version is loaded on its own notification.",
            StringComparison.Ordinal));
        Assert.DoesNotContain(harness.Lines(), l => l.Contains("in the load audit already", StringComparison.Ordinal));
        Assert.Equal(1L, await harness.CountAsync("BRONZE.LOAD_AUDIT"));
    }

    [Fact]
    public async Task BronzeLoad_WhenAnEventRepeatsARecord_ShouldLoadItOnceAndReportTheRepeatAlreadyLoaded()
    {
        var stores = DailyExtracts.Build(SmallPeriod.Dataset).Single(f => f.Entity == ExtractEntity.Stores);
        var products = DailyExtracts.Build(SmallPeriod.Dataset).Single(f => f.Entity == ExtractEntity.Products);
        var storesInfo = await _harness.Lake.PutAsync(stores.Key, new MemoryStream(stores.Content.ToArray()), "application/x-ndjson");
        var productsInfo = await _harness.Lake.PutAsync(products.Key, new MemoryStream(products.Content.ToArray()), "application/x-ndjson");

        var response = await _harness.NotifyAsync(storesInfo, productsInfo, storesInfo);

        Assert.Equal(
            [(BronzeRecordStatus.Loaded, (long)stores.RowCount), (BronzeRecordStatus.Loaded, products.RowCount), (BronzeRecordStatus.AlreadyLoaded, 0L)],
            response.Records.Select(r => (r.Status, r.RowsLoaded)));
        Assert.Equal(stores.RowCount, await _harness.CountAsync("BRONZE.STORES"));
        Assert.Equal(2L, await _harness.CountAsync("BRONZE.LOAD_AUDIT"));
    }

    [Fact]
    public async Task BronzeLoad_WhenAQuarantinedFileIsNotifiedAgain_ShouldReportItQuarantinedWithoutFailing()
    {
        var corrupt = await _harness.PutAsync(CorruptKey, "this is not json\n");
        await _harness.NotifyAsync(corrupt);

        var again = await _harness.NotifyAsync(corrupt);

        Assert.Equal(BronzeRecordStatus.Quarantined, Assert.Single(again.Records).Status);
        Assert.Equal("quarantine/" + CorruptKey, again.Records[0].QuarantineKey);
        Assert.NotNull(await _harness.Lake.GetAsync(LakeQuarantine.ReasonKey(CorruptKey)));
    }

    [Fact]
    public async Task BronzeLoad_WhenTheKeyIsOutsideTheRawPrefixes_ShouldSkipItWithALogLine()
    {
        var report = await _harness.PutAsync("exports/report.csv", "a,b\n1,2\n");

        var response = await _harness.NotifyAsync(report);

        var skipped = Assert.Single(response.Records);
        Assert.Equal(BronzeRecordStatus.Skipped, skipped.Status);
        Assert.Equal(0, skipped.RowsLoaded);
        Assert.Contains(_harness.Lines(), l => l.Contains("Skipped s3://techshop-lake/exports/report.csv: the key is not below raw/batch/<entity>/ or raw/stream/<topic>/.", StringComparison.Ordinal));
        Assert.NotNull(await _harness.Lake.GetAsync("exports/report.csv"));
    }

    [Fact]
    public async Task BronzeLoad_WhenTheKeyHasASpaceAndAPlus_ShouldLoadUnderTheDecodedKey()
    {
        const string key = "raw/batch/stores/dt=2024-03-01/stores 2024+03.jsonl";
        var stores = await _harness.PutAsync(key,
            "{\"store_key\": 7, \"name\": \"Tech Shop Rome\", \"country\": \"Italy\", \"state\": \"RM\", \"square_meters\": 450, \"open_date\": \"2016-05-01\", \"is_online\": false}\n");

        var response = await _harness.NotifyAsync(stores);

        Assert.Equal(BronzeRecordStatus.Loaded, Assert.Single(response.Records).Status);
        Assert.Equal(key, await _harness.ScalarAsync("SELECT _source_key FROM BRONZE.STORES"));
    }

    [Fact]
    public async Task BronzeLoad_WhenAStreamArchiveIsNotAnAvroContainer_ShouldQuarantineIt()
    {
        var key = LakeKey.StreamArchive("orders", new DateOnly(2024, 3, 1), 0, 0, 9);
        var archive = await _harness.PutAsync(key, "{\"orders\": []}");

        var response = await _harness.NotifyAsync(archive);

        var record = Assert.Single(response.Records);
        Assert.Equal((BronzeRecordStatus.Quarantined, "stream_orders"), (record.Status, record.Entity));
        Assert.StartsWith("the file is not a readable Avro container of KafkaRecord: Not an Avro object container file", record.Reason, StringComparison.Ordinal);
        Assert.NotNull(await _harness.Lake.GetAsync(LakeKey.Quarantine(key)));
        Assert.Equal(0L, await _harness.CountAsync("BRONZE.STREAM_ORDERS"));
    }

    [Fact]
    public void Router_ShouldMapBatchAndStreamKeysToTheirBronzeEntities()
    {
        Assert.Equal(new("b", "raw/batch/order_lines/dt=2024-01-01/order_lines-2024-01-01.jsonl", "e", "order_lines", Core.Warehouse.BronzeFormat.JsonLines),
            BronzeObjectRouter.Route("b", "raw/batch/order_lines/dt=2024-01-01/order_lines-2024-01-01.jsonl", "e"));
        Assert.Equal(new("b", "raw/stream/fx-rates/dt=2024-01-01/fx-rates-0-10-19.avro", "e", "stream_fx_rates", Core.Warehouse.BronzeFormat.AvroContainer),
            BronzeObjectRouter.Route("b", "raw/stream/fx-rates/dt=2024-01-01/fx-rates-0-10-19.avro", "e"));
        Assert.Null(BronzeObjectRouter.Route("b", "raw/batch/orders/", "e"));
        Assert.Null(BronzeObjectRouter.Route("b", "raw/batch/orders.jsonl", "e"));
        Assert.Null(BronzeObjectRouter.Route("b", LakeKey.Quarantine("raw/batch/orders/dt=2024-01-01/orders-2024-01-01.jsonl"), "e"));
        Assert.Null(BronzeObjectRouter.Route("b", "dead-letter/orders/dt=2024-01-01/orders-0-5.json", "e"));
    }

    [Theory]
    [InlineData("completeness:bronze.orders->silver.orders", "silver")]
    [InlineData("completeness:silver.orders->gold.fact_sales", "gold")]
    [InlineData("null_ratio:silver.customers.name", "silver")]
    [InlineData("unique:dim_customer(customer_sk)", "gold")]
    [InlineData("references:fact_sales->dim_exchange_rates(rate of the order date)", "gold")]
    [InlineData("freshness:hours since the last bronze load", "bronze")]
    [InlineData("completeness:bronze rows without a business key", "bronze")]
    public void LayerOf_ShouldNameTheLayerTheCheckExamines(string check, string layer) =>
        Assert.Equal(layer, ColdPathMetrics.LayerOf(check));

    public void Dispose() => _harness.Dispose();
}
