using Confluent.Kafka;
using TechShop.Local.Kafka;

namespace TechShop.Local.Tests.Kafka;

public sealed class EmbeddedKafkaClusterTests
{
    [Fact]
    public void Start_ShouldAdvertiseOneLoopbackAddressPerBroker()
    {
        using var cluster = EmbeddedKafkaCluster.Start(brokers: 3);

        var servers = cluster.BootstrapServers.Split(',');
        Assert.Equal(3, servers.Length);
        Assert.All(servers, s => Assert.StartsWith("127.0.0.1:", s, StringComparison.Ordinal));
    }

    [Fact]
    public void CreateTopic_ShouldBeVisibleInClusterMetadataWithItsPartitions()
    {
        using var cluster = EmbeddedKafkaCluster.Start(3, [new TopicSpec("orders", 6), new TopicSpec("fx-rates", 1)]);
        using var admin = new AdminClientBuilder(new AdminClientConfig { BootstrapServers = cluster.BootstrapServers }).Build();

        var metadata = admin.GetMetadata(TimeSpan.FromSeconds(10));

        Assert.Equal(6, metadata.Topics.Single(t => t.Topic == "orders").Partitions.Count);
        Assert.Single(metadata.Topics.Single(t => t.Topic == "fx-rates").Partitions);
        Assert.Equal(3, metadata.Brokers.Count);
    }

    [Fact]
    public void ProduceThenConsume_ShouldReturnEveryRecordOfEachPartitionInOffsetOrder()
    {
        using var cluster = EmbeddedKafkaCluster.Start(3, [new TopicSpec("orders", 3)]);
        var producerConfig = new ProducerConfig { BootstrapServers = cluster.BootstrapServers, CompressionType = CompressionType.Lz4, LingerMs = 5 };
        using (var producer = new ProducerBuilder<string, byte[]>(producerConfig).Build())
        {
            for (var i = 0; i < 300; i++)
            {
                producer.Produce(new TopicPartition("orders", new Partition(i % 3)), new Message<string, byte[]> { Key = $"order-{i}", Value = BitConverter.GetBytes(i) });
            }

            Assert.Equal(0, producer.Flush(TimeSpan.FromSeconds(10)));
        }

        var consumerConfig = new ConsumerConfig { BootstrapServers = cluster.BootstrapServers, GroupId = "test", EnableAutoCommit = false };
        using var consumer = new ConsumerBuilder<string, byte[]>(consumerConfig).Build();
        consumer.Assign(Enumerable.Range(0, 3).Select(p => new TopicPartitionOffset("orders", p, Offset.Beginning)));
        var seen = new List<ConsumeResult<string, byte[]>>();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (seen.Count < 300 && DateTime.UtcNow < deadline)
        {
            if (consumer.Consume(TimeSpan.FromMilliseconds(200)) is { } result)
            {
                seen.Add(result);
            }
        }

        Assert.Equal(300, seen.Count);
        foreach (var partition in seen.GroupBy(r => r.Partition.Value))
        {
            Assert.Equal(Enumerable.Range(0, 100).Select(i => (long)i), partition.Select(r => r.Offset.Value));
            Assert.All(partition, r => Assert.Equal(partition.Key, BitConverter.ToInt32(r.Message.Value) % 3));
        }
    }

    [Fact]
    public void CreateTopic_WhenPartitionsAreZero_ShouldNameTheTopic()
    {
        using var cluster = EmbeddedKafkaCluster.Start(1);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => cluster.CreateTopic(new TopicSpec("customers", 0)));

        Assert.Contains("'customers'", error.Message, StringComparison.Ordinal);
    }
}
