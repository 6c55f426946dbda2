using Avro.File;
using Avro.Generic;
using TechShop.Avro.Codecs;
using TechShop.Avro.Container;
using TechShop.Core.Lake;
using TechShop.Core.Streaming;
using TechShop.Functions.HotPath;
using TechShop.Lambda.Events.Kafka;
using TechShop.Local.Invoke;
using TechShop.Local.Lake;

namespace TechShop.Functions.Tests.HotPath;

public sealed class StreamArchiveHandlerTests : IDisposable
{
    private readonly TemporaryDataDirectory _data = new();
    private readonly FolderLake _lake;

    public StreamArchiveHandlerTests()
    {
        _lake = new FolderLake(Path.Combine(_data.Path, "lake"), LocalHotPathHandlers.LakeBucket);
    }

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Invoke_ShouldWriteOneContainerFilePerTopicPartitionAtTheArchiveKey()
    {
        var batch = await BatchAsync();

        var invocation = await HotPathInvocation.RunAsync(new StreamArchiveHandler(_lake), batch.Json());

        Assert.Equal(
            """{"batchItemFailures":[],"objectKeys":["raw/stream/fx-rates/dt=2025-03-01/fx-rates-0-100-100.avro","raw/stream/orders/dt=2025-03-01/orders-0-100-102.avro","raw/stream/orders/dt=2025-03-01/orders-1-100-100.avro"]}""",
            invocation.ResponseJson);
        Assert.Equal(5, invocation.Metric("RecordsIn"));
        Assert.Equal(5, invocation.Metric("RecordsWritten"));
    }

    [Fact]
    public async Task Invoke_ShouldKeepEveryRecordUntouchedIncludingTombstonesAndBadBytes()
    {
        var batch = await BatchAsync();

        await HotPathInvocation.RunAsync(new StreamArchiveHandler(_lake), batch.Json());

        var file = (await _lake.GetAsync("raw/stream/orders/dt=2025-03-01/orders-0-100-102.avro"))!.Content;
        var archived = AvroContainerReader.ReadAll(file.Span, KafkaRecordCodec.Instance);
        var expected = batch.Records.Where(r => r.PartitionKey == "orders-0").ToList();
        Assert.Equal(expected.Select(r => r.Offset), archived.Select(r => r.Offset));
        Assert.Equal(expected.Select(r => r.Value), archived.Select(r => r.Value));
        Assert.Equal(expected.Select(r => r.Key), archived.Select(r => r.Key));
        Assert.Null(archived[2].Value);
        Assert.Equal(new byte[] { 0, 0, 1 }, archived[1].Value);
        var header = Assert.Single(archived[0].Headers);
        Assert.Equal("trace", header.Key);
        Assert.Equal(new byte[] { 1, 255 }, header.Value);
        Assert.Equal(new DateTime(2025, 3, 1, 10, 15, 0, 501, DateTimeKind.Utc), archived[0].Timestamp);
    }

    [Fact]
    public async Task Invoke_WhenTheSameBatchIsRetried_ShouldWriteTheSameKeysWithTheSameBytes()
    {
        var batch = await BatchAsync();
        var first = await HotPathInvocation.RunAsync(new StreamArchiveHandler(_lake), batch.Json());
        var firstBytes = await ReadAllAsync();

        var second = await HotPathInvocation.RunAsync(new StreamArchiveHandler(_lake), batch.Json());

        Assert.Equal(first.ResponseJson, second.ResponseJson);
        var secondBytes = await ReadAllAsync();
        Assert.Equal(firstBytes.Keys, secondBytes.Keys);
        foreach (var (key, bytes) in firstBytes)
        {
            Assert.Equal(bytes, secondBytes[key]);
        }
    }

    [Fact]
    public async Task Invoke_ShouldWriteFilesThatApacheAvroDataFileReaderReads()
    {
        var batch = await BatchAsync();

        await HotPathInvocation.RunAsync(new StreamArchiveHandler(_lake), batch.Json());

        using var reader = DataFileReader<GenericRecord>.OpenReader(
            _lake.PathOf("raw/stream/orders/dt=2025-03-01/orders-0-100-102.avro"), KafkaRecordCodec.Instance.Schema);
        var records = new List<GenericRecord>();
        while (reader.HasNext())
        {
            records.Add(reader.Next());
        }

        Assert.Equal([100L, 101L, 102L], records.Select(r => (long)r["offset"]));
        Assert.Equal("orders", records[0]["topic"]);
    }

    [Fact]
    public async Task Invoke_WhenTheLakeFails_ShouldReportEachFailedPartitionFromItsFirstOffset()
    {
        var batch = await BatchAsync();
        var lake = new FailingLake(_lake, failKeysContaining: "/orders-0-");

        var invocation = await HotPathInvocation.RunAsync(new StreamArchiveHandler(lake), batch.Json());

        Assert.Equal(
            """{"batchItemFailures":[{"itemIdentifier":{"partition":"orders-0","offset":100}}],"objectKeys":["raw/stream/fx-rates/dt=2025-03-01/fx-rates-0-100-100.avro","raw/stream/orders/dt=2025-03-01/orders-1-100-100.avro"]}""",
            invocation.ResponseJson);
        Assert.Equal(2, invocation.Metric("RecordsWritten"));
    }

    private async Task<HotPathBatch> BatchAsync()
    {
        var batch = new HotPathBatch(_data.Path);
        await batch.AddAsync(Topics.FxRates, "EUR:2025-03-01", new Core.Domain.ExchangeRate(HotPathBatch.OrderDate, "EUR", 1.08m));
        batch.Add(Topics.Orders, 0, "1001"u8.ToArray(), [0, 0, 0, 0, 1, 2, 3], [new KafkaHeader("trace", new byte[] { 1, 255 })]);
        batch.Add(Topics.Orders, 0, "bad"u8.ToArray(), [0, 0, 1]);
        batch.Add(Topics.Orders, 0, "1001"u8.ToArray(), null);
        await batch.AddAsync(Topics.Orders, "1002", HotPathBatch.Order(1002), partition: 1);
        return batch;
    }

    private async Task<SortedDictionary<string, byte[]>> ReadAllAsync()
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        await foreach (var info in _lake.ListAsync(LakeKey.RawStreamPrefix))
        {
            files[info.Key] = (await _lake.GetAsync(info.Key))!.Content.ToArray();
        }

        return files;
    }
}
