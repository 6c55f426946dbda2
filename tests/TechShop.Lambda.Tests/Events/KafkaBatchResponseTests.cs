using System.Text.Json;
using TechShop.Lambda.Events.Kafka;
using TechShop.Lambda.Serialization;

namespace TechShop.Lambda.Tests.Events;

public sealed class KafkaBatchResponseTests
{
    private static KafkaEventRecord Record(string topic, int partition, long offset) =>
        new() { Topic = topic, Partition = partition, Offset = offset };

    [Fact]
    public void ForFailedRecords_WhenSeveralFailPerPartition_ShouldReportTheFirstFailedOffsetOfEach()
    {
        var response = KafkaBatchResponse.ForFailedRecords(
            [Record("orders-v1", 3, 90214), Record("orders-v1", 3, 90212), Record("orders-v1", 0, 5)]);

        var json = JsonSerializer.Serialize(response, LambdaJsonContext.Default.KafkaBatchResponse);

        Assert.Equal(
            """{"batchItemFailures":[{"itemIdentifier":{"partition":"orders-v1-3","offset":90212}},{"itemIdentifier":{"partition":"orders-v1-0","offset":5}}]}""",
            json);
    }

    [Fact]
    public void Success_ShouldSerializeAsAnEmptyFailureList()
    {
        var json = JsonSerializer.Serialize(KafkaBatchResponse.Success, LambdaJsonContext.Default.KafkaBatchResponse);

        Assert.Equal("""{"batchItemFailures":[]}""", json);
    }

    [Fact]
    public void Deserialize_WhenResponseFromAFunction_ShouldReadTheIdentifiers()
    {
        var response = JsonSerializer.Deserialize(
            """{"batchItemFailures":[{"itemIdentifier":{"partition":"orders.v1-3","offset":90212}}]}""",
            LambdaJsonContext.Default.KafkaBatchResponse)!;

        var failure = Assert.Single(response.BatchItemFailures);
        Assert.Equal(new KafkaItemIdentifier("orders.v1-3", 90212), failure.ItemIdentifier);
    }

    [Fact]
    public void ItemIdentifierFor_ShouldUseTheRecordsTopicAndPartition()
    {
        Assert.Equal(new KafkaItemIdentifier("fx-rates-12", 4), KafkaItemIdentifier.For(Record("fx-rates", 12, 4)));
    }
}
