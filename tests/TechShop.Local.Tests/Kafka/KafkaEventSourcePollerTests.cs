using TechShop.Core.Streaming;
using Confluent.Kafka;
using TechShop.Local.Kafka;

namespace TechShop.Local.Tests.Kafka;

public sealed class KafkaEventSourcePollerTests : IDisposable
{
    private readonly EmbeddedKafkaCluster _cluster = EmbeddedKafkaCluster.Start(3, [new TopicSpec("orders", 3)]);

    public void Dispose() => _cluster.Dispose();

    [Fact]
    public async Task Drain_ShouldDeliverEveryRecordOnceInBatchesNoLargerThanTheBatchSize()
    {
        Produce(0, 250);
        var batches = new List<IReadOnlyList<PolledRecord>>();
        using var poller = new KafkaEventSourcePoller(_cluster.BootstrapServers, Options(batchSize: 40), (batch, _) =>
        {
            batches.Add(batch);
            return Task.FromResult<IReadOnlyList<PartitionFailure>>([]);
        });

        await poller.DrainAsync(Timeout());

        var all = batches.SelectMany(b => b).ToList();
        Assert.Equal(250, all.Count);
        Assert.All(batches, b => Assert.InRange(b.Count, 1, 40));
        Assert.Equal(250, poller.RecordsAcknowledged);
        Assert.Equal(Enumerable.Range(0, 250), all.Select(r => BitConverter.ToInt32(r.Value)).Order());
        foreach (var partition in all.GroupBy(r => r.Partition))
        {
            Assert.Equal(partition.Select(r => r.Offset).Order(), partition.Select(r => r.Offset));
        }
    }

    [Fact]
    public async Task Drain_WhenTheFunctionReportsAnItemFailure_ShouldRedeliverThatPartitionFromTheFailedOffset()
    {
        Produce(0, 30);
        var deliveries = new List<PolledRecord>();
        var failedOnce = false;
        using var poller = new KafkaEventSourcePoller(_cluster.BootstrapServers, Options(batchSize: 100), (batch, _) =>
        {
            deliveries.AddRange(batch);
            if (!failedOnce && batch.Any(r => r.Partition == 1 && r.Offset == 4))
            {
                failedOnce = true;
                return Task.FromResult<IReadOnlyList<PartitionFailure>>([new PartitionFailure("orders", 1, 4)]);
            }

            return Task.FromResult<IReadOnlyList<PartitionFailure>>([]);
        });

        await poller.DrainAsync(Timeout());

        Assert.True(failedOnce);
        var partitionOne = deliveries.Where(r => r.Partition == 1).GroupBy(r => r.Offset).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(10, partitionOne.Count);
        Assert.All(partitionOne.Where(p => p.Key < 4), p => Assert.Equal(1, p.Value));
        Assert.All(partitionOne.Where(p => p.Key >= 4), p => Assert.Equal(2, p.Value));
        Assert.All(deliveries.Where(r => r.Partition != 1).GroupBy(r => (r.Partition, r.Offset)), g => Assert.Single(g));
        Assert.Equal(30, poller.RecordsAcknowledged);
    }

    [Fact]
    public async Task Drain_WhenTheFunctionThrowsOnce_ShouldRetryTheWholeBatch()
    {
        Produce(0, 12);
        var calls = 0;
        var delivered = new List<PolledRecord>();
        using var poller = new KafkaEventSourcePoller(_cluster.BootstrapServers, Options(batchSize: 100), (batch, _) =>
        {
            if (++calls == 1)
            {
                throw new TimeoutException("store timed out");
            }

            delivered.AddRange(batch);
            return Task.FromResult<IReadOnlyList<PartitionFailure>>([]);
        });

        await poller.DrainAsync(Timeout());

        Assert.Equal(12, delivered.DistinctBy(r => (r.Partition, r.Offset)).Count());
        Assert.Equal(12, poller.RecordsAcknowledged);
    }

    [Fact]
    public async Task Drain_WhenAFailurePersists_ShouldGiveUpAfterTheRetryLimitNamingTheOffsets()
    {
        Produce(0, 3);
        using var poller = new KafkaEventSourcePoller(_cluster.BootstrapServers, Options(batchSize: 100) with { MaximumRetryAttempts = 2 },
            (_, _) => Task.FromResult<IReadOnlyList<PartitionFailure>>([new PartitionFailure("orders", 0, 0)]));

        var error = await Assert.ThrowsAsync<BatchDeliveryException>(() => poller.DrainAsync(Timeout()));

        Assert.Equal(3, error.Attempts);
        Assert.Contains("orders-0@0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drain_WithTheSameGroupAgain_ShouldResumeAfterTheCommittedOffsets()
    {
        Produce(0, 9);
        using (var first = new KafkaEventSourcePoller(_cluster.BootstrapServers, Options(10), (_, _) => Task.FromResult<IReadOnlyList<PartitionFailure>>([])))
        {
            await first.DrainAsync(Timeout());
        }

        Produce(100, 6);
        var second = new List<int>();
        using var poller = new KafkaEventSourcePoller(_cluster.BootstrapServers, Options(10), (batch, _) =>
        {
            second.AddRange(batch.Select(r => BitConverter.ToInt32(r.Value)));
            return Task.FromResult<IReadOnlyList<PartitionFailure>>([]);
        });
        await poller.DrainAsync(Timeout());

        Assert.Equal(Enumerable.Range(100, 6), second.Order());
    }

    [Fact]
    public void Create_WhenTheTopicDoesNotExist_ShouldSaySo()
    {
        var error = Assert.Throws<EmbeddedKafkaException>(() =>
            new KafkaEventSourcePoller(_cluster.BootstrapServers, new EventSourceMappingOptions { Topic = "nope" }, (_, _) => Task.FromResult<IReadOnlyList<PartitionFailure>>([])));

        Assert.Contains("'nope'", error.Message, StringComparison.Ordinal);
    }

    private static EventSourceMappingOptions Options(int batchSize) =>
        new() { Topic = "orders", BatchSize = batchSize, MaximumBatchingWindow = TimeSpan.FromMilliseconds(50), ConsumerGroupId = "poller-test" };

    private static CancellationToken Timeout() => new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token;

    private void Produce(int first, int count)
    {
        using var producer = new ProducerBuilder<string, byte[]>(new ProducerConfig { BootstrapServers = _cluster.BootstrapServers }).Build();
        for (var i = first; i < first + count; i++)
        {
            producer.Produce(new TopicPartition("orders", new Partition(i % 3)), new Message<string, byte[]> { Key = i.ToString(), Value = BitConverter.GetBytes(i) });
        }

        producer.Flush(TimeSpan.FromSeconds(10));
    }
}
