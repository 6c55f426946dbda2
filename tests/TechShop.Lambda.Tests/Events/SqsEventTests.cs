using System.Text;
using System.Text.Json;
using TechShop.Lambda.Events.Sqs;
using TechShop.Lambda.Serialization;

namespace TechShop.Lambda.Tests.Events;

public sealed class SqsEventTests
{
    // The sample event of the Lambda developer guide ("Using Lambda with Amazon SQS"), with one message attribute
    // of each data type as the SQS event fixtures carry them.
    private const string Sample = """
        { "Records": [
          { "messageId": "059f36b4-87a3-44ab-83d2-661975830a7d",
            "receiptHandle": "AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a...",
            "body": "Test message.",
            "attributes": { "ApproximateReceiveCount": "1", "SentTimestamp": "1545082649183",
                            "SenderId": "AIDAIENQZJOLO23YVJ4VO", "ApproximateFirstReceiveTimestamp": "1545082649185" },
            "messageAttributes": {
              "myAttribute": { "stringValue": "myValue", "stringListValues": [], "binaryListValues": [], "dataType": "String" },
              "Attribute3": { "binaryValue": "MTEwMA==", "stringListValues": ["abc", "123"], "binaryListValues": ["MA==", "MQ=="], "dataType": "Binary" } },
            "md5OfBody": "e4e68fb7bd0e697a0ae8f1bb342846b3",
            "eventSource": "aws:sqs",
            "eventSourceARN": "arn:aws:sqs:us-east-2:123456789012:my-queue",
            "awsRegion": "us-east-2" },
          { "messageId": "2e1424d4-f796-459a-8184-9c92662be6da",
            "receiptHandle": "AQEBzWwaftRI0KuVm4tP+/7q1rGgNqicHq...",
            "body": "Test message.",
            "attributes": { "ApproximateReceiveCount": "3", "SentTimestamp": "1545082650636",
                            "SenderId": "AIDAIENQZJOLO23YVJ4VO", "ApproximateFirstReceiveTimestamp": "1545082650649" },
            "messageAttributes": {},
            "md5OfBody": "e4e68fb7bd0e697a0ae8f1bb342846b3",
            "eventSource": "aws:sqs",
            "eventSourceARN": "arn:aws:sqs:us-east-2:123456789012:my-queue",
            "awsRegion": "us-east-2" } ] }
        """;

    private static SqsEvent Parse(string json) => JsonSerializer.Deserialize(json, LambdaJsonContext.Default.SqsEvent)!;

    [Fact]
    public void Deserialize_WhenDocumentedSample_ShouldReadEveryField()
    {
        var records = Parse(Sample).Records;

        Assert.Equal(2, records.Count);
        var first = records[0];
        Assert.Equal("059f36b4-87a3-44ab-83d2-661975830a7d", first.MessageId);
        Assert.Equal("AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a...", first.ReceiptHandle);
        Assert.Equal("Test message.", first.Body);
        Assert.Equal("1545082649183", first.Attributes["SentTimestamp"]);
        Assert.Equal("AIDAIENQZJOLO23YVJ4VO", first.Attributes["SenderId"]);
        Assert.Equal(1, first.ApproximateReceiveCount);
        Assert.Equal("e4e68fb7bd0e697a0ae8f1bb342846b3", first.Md5OfBody);
        Assert.Equal(SqsEvent.EventSourceName, first.EventSource);
        Assert.Equal("arn:aws:sqs:us-east-2:123456789012:my-queue", first.EventSourceArn);
        Assert.Equal("us-east-2", first.AwsRegion);
        Assert.Equal(("String", "myValue"), (first.MessageAttributes["myAttribute"].DataType, first.MessageAttributes["myAttribute"].StringValue));
        Assert.Equal("2e1424d4-f796-459a-8184-9c92662be6da", records[1].MessageId);
        Assert.Equal(3, records[1].ApproximateReceiveCount);
        Assert.Empty(records[1].MessageAttributes);
    }

    [Fact]
    public void Deserialize_WhenAMessageAttributeIsBinary_ShouldDecodeItsBase64Values()
    {
        var attribute = Parse(Sample).Records[0].MessageAttributes["Attribute3"];

        Assert.Equal("Binary", attribute.DataType);
        Assert.Equal("1100", Encoding.ASCII.GetString(attribute.BinaryValue!));
        Assert.Equal(["abc", "123"], attribute.StringListValues);
        Assert.Equal([[(byte)'0'], [(byte)'1']], attribute.BinaryListValues);
    }

    [Fact]
    public void ApproximateReceiveCount_WhenTheAttributeIsAbsent_ShouldBeNull() =>
        Assert.Null(Parse("""{"Records":[{"messageId":"m1","body":"x","eventSource":"aws:sqs"}]}""").Records[0].ApproximateReceiveCount);

    [Fact]
    public void Serialize_BatchResponse_ShouldWriteTheDocumentedShape()
    {
        var response = SqsBatchResponse.ForFailedMessages(
            [new SqsMessage { MessageId = "id2" }, new SqsMessage { MessageId = "id4" }, new SqsMessage { MessageId = "id2" }]);

        Assert.Equal(
            """{"batchItemFailures":[{"itemIdentifier":"id2"},{"itemIdentifier":"id4"}]}""",
            JsonSerializer.Serialize(response, LambdaJsonContext.Default.SqsBatchResponse));
    }

    [Fact]
    public void Serialize_WhenEveryMessageSucceeded_ShouldWriteAnEmptyFailureList() =>
        Assert.Equal("""{"batchItemFailures":[]}""", JsonSerializer.Serialize(SqsBatchResponse.Success, LambdaJsonContext.Default.SqsBatchResponse));
}
