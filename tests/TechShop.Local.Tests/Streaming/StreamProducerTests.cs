using System.Buffers.Binary;
using Confluent.Kafka;
using TechShop.Avro.Events;
using TechShop.Avro.Registry;
using TechShop.Core.Streaming;
using TechShop.Local.Generator;
using TechShop.Local.Kafka;
using TechShop.Local.Registry;
using TechShop.Local.Streaming;

namespace TechShop.Local.Tests.Streaming;

public sealed class StreamProducerTests : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "techshop-producer-" + Guid.NewGuid().ToString("N"));
    private readonly EmbeddedKafkaCluster _cluster = EmbeddedKafkaCluster.Start(3, StreamTopics.Specs);
    private readonly HttpClient _http = new();
    private EmbeddedSchemaRegistry? _registry;

    public async Task InitializeAsync() =>
        _registry = await EmbeddedSchemaRegistry.StartAsync(new EmbeddedSchemaRegistryOptions { DataDirectory = _root });

    public async Task DisposeAsync()
    {
        await _registry!.DisposeAsync();
        _http.Dispose();
        _cluster.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task Produce_ShouldReportEveryDeliveryPerTopicAndPublishTheFlaggedBadBytes()
    {
        var dataset = TechShopGenerator.Create(new GeneratorOptions { Scale = 0.05, From = new DateOnly(2025, 11, 1), To = new DateOnly(2025, 12, 31) });
        var events = EventStream.Build(dataset, new EventStreamOptions { From = new DateOnly(2025, 12, 20), To = new DateOnly(2025, 12, 31), BadRate = 0.25 });
        var encoder = new StreamRecordEncoder(new EventEncoder(new SchemaRegistryClient(_http, new SchemaRegistryClientOptions { Url = _registry!.Url })));
        using var producer = new StreamProducer(_cluster.BootstrapServers, encoder);

        var report = await producer.ProduceAsync(events, eventsPerSecond: null, progress: null, CancellationToken.None);

        foreach (var topic in Topics.All)
        {
            Assert.Equal(events.Count(e => e.Topic == topic), report.DeliveredByTopic.GetValueOrDefault(topic));
        }

        Assert.Equal(0, report.Failed);
        var orders = ConsumeAll(Topics.Orders, events.Count(e => e.Topic == Topics.Orders));
        var expected = events.Where(e => e.Topic == Topics.Orders).GroupBy(e => e.BadKind).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(expected.GetValueOrDefault(BadRecordKind.TruncatedBytes) > 0);
        Assert.Equal(expected[BadRecordKind.TruncatedBytes], orders.Count(v => v.Length == StreamRecordEncoder.TruncatedLength));
        Assert.Equal(expected[BadRecordKind.WrongMagicByte], orders.Count(v => v.Length > 5 && v[0] == StreamRecordEncoder.WrongMagicByte));
        Assert.Equal(expected[BadRecordKind.UnknownSchemaId],
            orders.Count(v => v.Length > 5 && v[0] == 0 && BinaryPrimitives.ReadInt32BigEndian(v.AsSpan(1, 4)) == StreamRecordEncoder.UnknownSchemaId));
    }

    private List<byte[]> ConsumeAll(string topic, int count)
    {
        var config = new ConsumerConfig
        {
            BootstrapServers = _cluster.BootstrapServers,
            GroupId = "producer-test",
            AutoOffsetReset = AutoOffsetReset.Earliest,
            EnableAutoCommit = false,
        };
        using var consumer = new ConsumerBuilder<byte[], byte[]>(config).Build();
        consumer.Assign(StreamTopics.Specs.Single(s => s.Name == topic) is var spec
            ? Enumerable.Range(0, spec.Partitions).Select(p => new TopicPartitionOffset(topic, p, Offset.Beginning))
            : []);
        var values = new List<byte[]>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (values.Count < count && DateTime.UtcNow < deadline)
        {
            if (consumer.Consume(TimeSpan.FromMilliseconds(200)) is { IsPartitionEOF: false } result)
            {
                values.Add(result.Message.Value);
            }
        }

        return values;
    }
}
