using System.Text;
using System.Text.Json;
using TechShop.Avro.Events;
using TechShop.Core.Domain;
using TechShop.Core.Streaming;
using TechShop.Lambda.Events.Kafka;
using TechShop.Lambda.Serialization;
using TechShop.Local.Realtime;
using TechShop.Local.Registry;

namespace TechShop.Cli.Tests;

public sealed class InvokeStreamEnrichTests
{
    [Fact]
    public async Task Invoke_StreamEnrichOnAKafkaEventFile_ShouldWriteTheRowsToRealtimeDbOfTheDataDirectory()
    {
        using var data = new TemporaryDirectory();
        var encoder = new EventEncoder(new PersistedSchemaRegistryClient(Path.Combine(data.Path, "registry")));
        var date = new DateOnly(2025, 3, 1);
        var order = new OrderEvent(Guid.Parse("11111111-2222-4333-8444-555555555555"), OrderStatus.Placed, 7001,
            new DateTime(2025, 3, 1, 9, 0, 0, DateTimeKind.Utc), date, null, 42, 3, SalesChannel.Online, "CAD", PaymentMethod.PayPal,
            [new OrderLine(1, 12, 3, 19.99m)]);
        var kafkaEvent = KafkaEvent.FromRecords(KafkaEvent.MskEventSource, null, "b-1:9098",
        [
            Record(Topics.FxRates, 0, "CAD:2025-03-01", await encoder.EncodeAsync(Topics.FxRates, new ExchangeRate(date, "CAD", 0.75m))),
            Record(Topics.Orders, 1, "7001", await encoder.EncodeAsync(Topics.Orders, order)),
        ]);
        var eventFile = Path.Combine(data.Path, "event.json");
        await File.WriteAllBytesAsync(eventFile, JsonSerializer.SerializeToUtf8Bytes(kafkaEvent, LambdaJsonContext.Default.KafkaEvent));

        var run = await CliRun.RunAsync("invoke", "stream-enrich", "--event", eventFile, "--data-dir", data.Path);

        Assert.Equal(0, run.ExitCode);
        using var store = await SqliteRealtimeStore.OpenAsync(data.Path);
        var revenue = Assert.Single(await store.GetRevenueByOrderDateAsync(date, date));
        Assert.Equal(44.98m, revenue.GrossUsd); // 3 × 19.99 × 0.75 = 44.9775 → 44.98
        Assert.Equal(0.75m, (await store.GetExchangeRateAsync("CAD", date))!.RateToUsd);
    }

    private static KafkaEventRecord Record(string topic, int partition, string key, byte[] value) => new()
    {
        Topic = topic,
        Partition = partition,
        Offset = 0,
        Timestamp = 1_740_819_600_000,
        TimestampType = "CREATE_TIME",
        Key = Encoding.UTF8.GetBytes(key),
        Value = value,
    };
}
