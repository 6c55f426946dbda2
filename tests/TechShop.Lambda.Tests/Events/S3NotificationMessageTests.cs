using TechShop.Lambda.Events.S3;

namespace TechShop.Lambda.Tests.Events;

public sealed class S3NotificationMessageTests
{
    // The message S3 sends when a notification configuration is saved (Amazon S3 user guide, "Event message structure").
    private const string TestEvent = """
        {"Service":"Amazon S3","Event":"s3:TestEvent","Time":"2014-10-13T15:57:02.089Z","Bucket":"amzn-s3-demo-bucket",
         "RequestId":"5582815E1AEA5ADF","HostId":"8cLeGAmw098X5cv4Zkwcmo8vvZa3eH3eKxsPzbB9wrR+YstdA6Knx4Ip8EXAMPLE"}
        """;

    private const string Notification = """
        {"Records":[{"eventVersion":"2.1","eventSource":"aws:s3","awsRegion":"eu-west-1","eventTime":"2026-03-01T08:15:30.412Z",
          "eventName":"ObjectCreated:Put","userIdentity":{"principalId":"AWS:AROAEXAMPLE:ingest"},
          "requestParameters":{"sourceIPAddress":"203.0.113.7"},"responseElements":{"x-amz-request-id":"7QK2EXAMPLE","x-amz-id-2":"k9ZEXAMPLEhost"},
          "s3":{"s3SchemaVersion":"1.0","configurationId":"raw-landing","bucket":{"name":"acme-raw","ownerIdentity":{"principalId":"A1EXAMPLE"},"arn":"arn:aws:s3:::acme-raw"},
          "object":{"key":"raw/batch/stores/dt%3D2026-03-01/stores+1.jsonl","size":120,"eTag":"9b2cf535f27731c974343645a3985328","sequencer":"0065E1A7F2C3B4D5E6"}}}]}
        """;

    [Fact]
    public void Parse_WhenTheDocumentedTestEvent_ShouldSayItIsATestEventOfTheBucket()
    {
        var message = S3NotificationMessage.Parse(TestEvent);

        Assert.True(message.IsTestEvent);
        Assert.Equal(("Amazon S3", "amzn-s3-demo-bucket", "5582815E1AEA5ADF"), (message.Service, message.Bucket, message.RequestId));
        Assert.Equal(new DateTime(2014, 10, 13, 15, 57, 2, 89, DateTimeKind.Utc), message.Time!.Value.ToUniversalTime());
        Assert.Empty(message.ToS3Event().Records);
    }

    [Fact]
    public void Parse_WhenANotification_ShouldReadItsRecordsAsADirectS3EventWould()
    {
        var message = S3NotificationMessage.Parse(Notification);

        Assert.False(message.IsTestEvent);
        var record = Assert.Single(message.ToS3Event().Records);
        Assert.Equal(("ObjectCreated:Put", "acme-raw", "raw/batch/stores/dt=2026-03-01/stores 1.jsonl", "9b2cf535f27731c974343645a3985328"),
            (record.EventName, record.S3.Bucket.Name, record.S3.Object.KeyDecoded, record.S3.Object.ETag));
    }

    [Theory]
    [InlineData("not json", "the body is not an S3 notification: ")]
    [InlineData("null", "the body is JSON null")]
    [InlineData("{\"foo\": 2}", "the body has no Records (expected {\"Records\":[...]} or an s3:TestEvent)")]
    [InlineData("{\"Records\": []}", "the body has no Records (expected {\"Records\":[...]} or an s3:TestEvent)")]
    [InlineData("{\"Service\":\"Amazon S3\",\"Event\":\"s3:Other\"}", "the body is an S3 message of event 's3:Other', not s3:TestEvent nor a notification with Records")]
    public void Parse_WhenTheBodyIsNotAnS3Notification_ShouldThrowSayingWhatItIs(string body, string expected)
    {
        var error = Assert.Throws<S3NotificationFormatException>(() => S3NotificationMessage.Parse(body));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WhenARecordLacksItsS3Entity_ShouldThrowNamingTheMissingProperty()
    {
        var error = Assert.Throws<S3NotificationFormatException>(() => S3NotificationMessage.Parse("""{"Records":[{"eventName":"ObjectCreated:Put"}]}"""));

        Assert.Contains("s3", error.Message, StringComparison.Ordinal);
    }
}
