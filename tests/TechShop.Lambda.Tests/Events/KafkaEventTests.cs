using System.Text;
using System.Text.Json;
using TechShop.Lambda.Events.Kafka;
using TechShop.Lambda.Serialization;

namespace TechShop.Lambda.Tests.Events;

public sealed class KafkaEventTests
{
    // Shaped like the documented MSK sample: a dashed, dotted topic, signed header bytes, two partitions.
    private const string MskSample = """
        {
          "eventSource": "aws:kafka",
          "eventSourceArn": "arn:aws:kafka:eu-west-1:111122223333:cluster/orders/0b1c2d3e-aaaa-bbbb-cccc-1234567890ab-2",
          "bootstrapServers": "b-1.orders.x1y2z3.c2.kafka.eu-west-1.amazonaws.com:9098,b-2.orders.x1y2z3.c2.kafka.eu-west-1.amazonaws.com:9098",
          "records": {
            "fx-rates-v1-3": [
              {
                "topic": "fx-rates-v1",
                "partition": 3,
                "offset": 90211,
                "timestamp": 1767225600123,
                "timestampType": "CREATE_TIME",
                "key": "b3JkZXItNDI=",
                "value": "eyJvcmRlcklkIjo0Mn0=",
                "headers": [
                  { "content-type": [97,112,112,108,105,99,97,116,105,111,110,47,106,115,111,110] },
                  { "origin-ts": [0,0,1,-123,-11,-81,-50,-2] },
                  { "content-type": [120] }
                ],
                "valueSchemaMetadata": { "dataFormat": "AVRO", "schemaId": "7" }
              },
              { "topic": "fx-rates-v1", "partition": 3, "offset": 90212, "timestamp": 1767225600124,
                "timestampType": "LOG_APPEND_TIME", "value": "AA==", "headers": [] }
            ],
            "fx-rates-v1-12": [
              { "topic": "fx-rates-v1", "partition": 12, "offset": 5, "timestamp": 1, "timestampType": "CREATE_TIME",
                "key": "a2V5", "value": null, "headers": [] }
            ]
          }
        }
        """;

    private static KafkaEvent Parse(string json) =>
        JsonSerializer.Deserialize(json, LambdaJsonContext.Default.KafkaEvent)!;

    [Fact]
    public void Deserialize_WhenMskSample_ShouldReadTheBatchFields()
    {
        var kafka = Parse(MskSample);

        Assert.Equal(KafkaEvent.MskEventSource, kafka.EventSource);
        Assert.EndsWith("1234567890ab-2", kafka.EventSourceArn);
        Assert.StartsWith("b-1.orders.x1y2z3.c2.kafka.eu-west-1.amazonaws.com:9098,b-2.", kafka.BootstrapServers);
        Assert.Equal(3, kafka.RecordCount);
        Assert.Equal(["fx-rates-v1-3", "fx-rates-v1-12"], kafka.Records.Keys);
    }

    [Fact]
    public void Deserialize_WhenTopicHasDashes_ShouldUseEachRecordsOwnTopicAndPartition()
    {
        var records = Parse(MskSample).AllRecords().ToList();

        Assert.All(records, r => Assert.Equal("fx-rates-v1", r.Topic));
        Assert.Equal([3, 3, 12], records.Select(r => r.Partition));
        Assert.Equal([90211L, 90212L, 5L], records.Select(r => r.Offset));
        Assert.Equal("fx-rates-v1-12", records[2].PartitionKey);
    }

    [Fact]
    public void Deserialize_WhenKeyAndValueAreBase64_ShouldExposeTheRawBytes()
    {
        var record = Parse(MskSample).AllRecords().First();

        Assert.Equal("order-42", Encoding.UTF8.GetString(record.Key!));
        Assert.Equal("{\"orderId\":42}", Encoding.UTF8.GetString(record.Value!));
        Assert.Equal(1767225600123L, record.Timestamp);
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 0, 0, 0, 123, TimeSpan.Zero), record.TimestampUtc);
        Assert.Equal("CREATE_TIME", record.TimestampType);
    }

    [Fact]
    public void Deserialize_WhenHeaderBytesAreNegative_ShouldDecodeThemAsSignedJavaBytes()
    {
        var record = Parse(MskSample).AllRecords().First();

        Assert.True(record.TryGetHeader("origin-ts", out var originTs));
        Assert.Equal(new byte[] { 0x00, 0x00, 0x01, 0x85, 0xF5, 0xAF, 0xCE, 0xFE }, originTs.ToArray());
        Assert.True(record.TryGetHeader("content-type", out var contentType));
        Assert.Equal("application/json", Encoding.ASCII.GetString(contentType.Span));
        Assert.False(record.TryGetHeader("missing", out _));
    }

    [Fact]
    public void Deserialize_WhenHeaderNameRepeats_ShouldKeepEachEntryInOrder()
    {
        var record = Parse(MskSample).AllRecords().First();

        Assert.Equal(["content-type", "origin-ts", "content-type"], record.Headers.Select(h => h.Name));
        Assert.Equal(new byte[] { 120 }, record.Headers[2].Value.ToArray());
    }

    [Fact]
    public void Deserialize_WhenKeyIsMissingOrValueIsNull_ShouldReportKeylessAndTombstone()
    {
        var records = Parse(MskSample).AllRecords().ToList();

        Assert.Null(records[1].Key);
        Assert.False(records[1].IsTombstone);
        Assert.Equal(new byte[] { 0 }, records[1].Value);
        Assert.True(records[2].IsTombstone);
        Assert.Equal("key", Encoding.UTF8.GetString(records[2].Key!));
    }

    [Fact]
    public void Deserialize_WhenSchemaMetadataIsPresent_ShouldReadIt()
    {
        var records = Parse(MskSample).AllRecords().ToList();

        Assert.Equal("AVRO", records[0].ValueSchemaMetadata!.DataFormat);
        Assert.Equal("7", records[0].ValueSchemaMetadata!.SchemaId);
        Assert.Null(records[0].KeySchemaMetadata);
        Assert.Null(records[1].ValueSchemaMetadata);
    }

    [Fact]
    public void Deserialize_WhenSelfManagedWithoutArnAndHeaders_ShouldReadIt()
    {
        var kafka = Parse("""
            {"eventSource":"SelfManagedKafka","bootstrapServers":"kafka1:9092",
             "records":{"orders-0":[{"topic":"orders","partition":0,"offset":0,"timestamp":0,"timestampType":"CREATE_TIME","value":"AQI="}]}}
            """);

        Assert.Equal(KafkaEvent.SelfManagedEventSource, kafka.EventSource);
        Assert.Null(kafka.EventSourceArn);
        var record = Assert.Single(kafka.AllRecords());
        Assert.Empty(record.Headers);
        Assert.Equal(new byte[] { 1, 2 }, record.Value);
    }

    [Fact]
    public void Deserialize_WhenHeaderValueIsOutOfByteRange_ShouldThrowNamingTheHeader()
    {
        var json = """{"records":{"t-0":[{"topic":"t","partition":0,"offset":0,"headers":[{"bad":[1,300]}]}]}}""";

        var error = Assert.ThrowsAny<JsonException>(() => Parse(json));

        Assert.Contains("'bad'", error.Message);
    }

    [Fact]
    public void Deserialize_WhenRecordHasNoOffset_ShouldThrowNamingTheProperty()
    {
        var json = """{"records":{"t-0":[{"topic":"t","partition":0}]}}""";

        var error = Assert.ThrowsAny<JsonException>(() => Parse(json));

        Assert.Contains("offset", error.Message);
    }

    [Fact]
    public void Serialize_WhenBuiltFromRecords_ShouldRoundTripWithSignedHeadersAndBase64()
    {
        var records = new[]
        {
            new KafkaEventRecord { Topic = "fx-rates", Partition = 1, Offset = 7, Timestamp = 1000, TimestampType = "CREATE_TIME",
                Key = Encoding.UTF8.GetBytes("EUR:2026-03-01"), Value = [0, 0, 0, 0, 1, 0xFF],
                Headers = [new KafkaHeader("h", new byte[] { 0xFF, 0x80, 0x7F })] },
            new KafkaEventRecord { Topic = "fx-rates", Partition = 0, Offset = 3 },
            new KafkaEventRecord { Topic = "fx-rates", Partition = 1, Offset = 8 },
        };

        var kafka = KafkaEvent.FromRecords(KafkaEvent.SelfManagedEventSource, null, "127.0.0.1:9092", records);
        var json = JsonSerializer.Serialize(kafka, LambdaJsonContext.Default.KafkaEvent);
        var back = Parse(json);

        Assert.Contains("\"records\":{\"fx-rates-1\":[", json);
        Assert.Contains("\"headers\":[{\"h\":[-1,-128,127]}]", json);
        Assert.Contains("\"value\":\"AAAAAAH/\"", json);
        Assert.DoesNotContain("eventSourceArn", json);
        Assert.Equal(["fx-rates-1", "fx-rates-0"], back.Records.Keys);
        Assert.Equal([7L, 8L], back.Records["fx-rates-1"].Select(r => r.Offset));
        Assert.Equal(new byte[] { 0xFF, 0x80, 0x7F }, back.Records["fx-rates-1"][0].Headers[0].Value.ToArray());
        Assert.Equal("EUR:2026-03-01", Encoding.UTF8.GetString(back.Records["fx-rates-1"][0].Key!));
        Assert.True(back.Records["fx-rates-0"][0].IsTombstone);
    }

    [Fact]
    public void Serialize_WhenMskSampleIsReadBack_ShouldWriteEveryFieldOnceInContractOrder()
    {
        var json = JsonSerializer.Serialize(Parse(MskSample), LambdaJsonContext.Default.KafkaEvent);

        Assert.Equal(
            """
            {"eventSource":"aws:kafka","eventSourceArn":"arn:aws:kafka:eu-west-1:111122223333:cluster/orders/0b1c2d3e-aaaa-bbbb-cccc-1234567890ab-2","bootstrapServers":"b-1.orders.x1y2z3.c2.kafka.eu-west-1.amazonaws.com:9098,b-2.orders.x1y2z3.c2.kafka.eu-west-1.amazonaws.com:9098","records":{"fx-rates-v1-3":[{"topic":"fx-rates-v1","partition":3,"offset":90211,"timestamp":1767225600123,"timestampType":"CREATE_TIME","key":"b3JkZXItNDI=","value":"eyJvcmRlcklkIjo0Mn0=","headers":[{"content-type":[97,112,112,108,105,99,97,116,105,111,110,47,106,115,111,110]},{"origin-ts":[0,0,1,-123,-11,-81,-50,-2]},{"content-type":[120]}],"valueSchemaMetadata":{"dataFormat":"AVRO","schemaId":"7"}},{"topic":"fx-rates-v1","partition":3,"offset":90212,"timestamp":1767225600124,"timestampType":"LOG_APPEND_TIME","value":"AA==","headers":[]}],"fx-rates-v1-12":[{"topic":"fx-rates-v1","partition":12,"offset":5,"timestamp":1,"timestampType":"CREATE_TIME","key":"a2V5","headers":[]}]}}
            """, json);
    }

    [Fact]
    public void Deserialize_WhenNamesAreOtherwiseCasedOrUnknown_ShouldMatchThemAndSkipTheRest()
    {
        var json = """
            {"records":{"t-0":[{"Topic":"t","PARTITION":2,"offset":9,"extra":{"nested":[1,{"a":null}]},"VALUE":"AQI=","timestampTYPE":"CREATE_TIME"}]}}
            """;

        var record = Assert.Single(Parse(json).AllRecords());

        Assert.Equal(("t", 2, 9L, "CREATE_TIME"), (record.Topic, record.Partition, record.Offset, record.TimestampType));
        Assert.Equal(new byte[] { 1, 2 }, record.Value);
    }

    [Fact]
    public void Deserialize_WhenTopicIsNull_ShouldThrowNamingIt()
    {
        var error = Assert.ThrowsAny<JsonException>(() => Parse("""{"records":{"t-0":[{"topic":null,"partition":0,"offset":0}]}}"""));

        Assert.Contains("'topic'", error.Message);
    }
}
