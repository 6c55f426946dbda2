using System.Text.Json;
using TechShop.Lambda.Events.S3;
using TechShop.Lambda.Serialization;

namespace TechShop.Lambda.Tests.Events;

public sealed class S3EventTests
{
    private const string Sample = """
        { "Records": [ {
          "eventVersion": "2.1", "eventSource": "aws:s3", "awsRegion": "eu-west-1",
          "eventTime": "2026-03-01T08:15:30.412Z", "eventName": "ObjectCreated:Put",
          "userIdentity": { "principalId": "AWS:AROAEXAMPLE:ingest" },
          "requestParameters": { "sourceIPAddress": "203.0.113.7" },
          "responseElements": { "x-amz-request-id": "7QK2EXAMPLE", "x-amz-id-2": "k9ZEXAMPLEhost" },
          "s3": { "s3SchemaVersion": "1.0", "configurationId": "raw-landing",
            "bucket": { "name": "acme-raw", "ownerIdentity": { "principalId": "A1EXAMPLE" }, "arn": "arn:aws:s3:::acme-raw" },
            "object": { "key": "landing/2026/03/daily+sales+%C3%A9t%C3%A9+a%2Bb.csv", "size": 5368709120,
                        "eTag": "9b2cf535f27731c974343645a3985328", "versionId": "3HL4kqtJlcpXroDTDmjVBH40Nrjfkd",
                        "sequencer": "0065E1A7F2C3B4D5E6" } } } ] }
        """;

    private static S3Event Parse(string json) => JsonSerializer.Deserialize(json, LambdaJsonContext.Default.S3Event)!;

    [Fact]
    public void Deserialize_WhenDocumentedSample_ShouldReadEveryField()
    {
        var record = Assert.Single(Parse(Sample).Records);

        Assert.Equal("2.1", record.EventVersion);
        Assert.Equal("aws:s3", record.EventSource);
        Assert.Equal("eu-west-1", record.AwsRegion);
        Assert.Equal(new DateTime(2026, 3, 1, 8, 15, 30, 412, DateTimeKind.Utc), record.EventTime.ToUniversalTime());
        Assert.True(record.IsObjectCreated);
        Assert.Equal("AWS:AROAEXAMPLE:ingest", record.UserIdentity!.PrincipalId);
        Assert.Equal("203.0.113.7", record.RequestParameters!.SourceIPAddress);
        Assert.Equal("7QK2EXAMPLE", record.ResponseElements!.XAmzRequestId);
        Assert.Equal("k9ZEXAMPLEhost", record.ResponseElements.XAmzId2);
        Assert.Equal("raw-landing", record.S3.ConfigurationId);
        Assert.Equal("acme-raw", record.S3.Bucket.Name);
        Assert.Equal("arn:aws:s3:::acme-raw", record.S3.Bucket.Arn);
        Assert.Equal("A1EXAMPLE", record.S3.Bucket.OwnerIdentity!.PrincipalId);
        Assert.Equal(5368709120L, record.S3.Object.Size);
        Assert.Equal("9b2cf535f27731c974343645a3985328", record.S3.Object.ETag);
        Assert.Equal("3HL4kqtJlcpXroDTDmjVBH40Nrjfkd", record.S3.Object.VersionId);
        Assert.Equal("0065E1A7F2C3B4D5E6", record.S3.Object.Sequencer);
    }

    [Fact]
    public void KeyDecoded_WhenKeyIsFormEncoded_ShouldMapPlusToSpaceAndPercentToUtf8()
    {
        var key = Assert.Single(Parse(Sample).Records).S3.Object;

        Assert.Equal("landing/2026/03/daily+sales+%C3%A9t%C3%A9+a%2Bb.csv", key.Key);
        Assert.Equal("landing/2026/03/daily sales été a+b.csv", key.KeyDecoded);
    }

    [Fact]
    public void Deserialize_WhenVersionIdAndSequencerAreAbsentAndVersionIsNewer_ShouldAcceptIt()
    {
        var json = """
            {"Records":[{"eventVersion":"2.6","eventName":"ObjectCreated:CompleteMultipartUpload","eventTime":"2026-03-01T08:15:30Z",
              "s3":{"bucket":{"name":"b"},"object":{"key":"k","size":0}}}]}
            """;

        var record = Assert.Single(Parse(json).Records);

        Assert.Equal("2.6", record.EventVersion);
        Assert.Null(record.S3.Object.VersionId);
        Assert.Null(record.S3.Object.Sequencer);
        Assert.Equal(0L, record.S3.Object.Size);
    }

    [Fact]
    public void Deserialize_WhenObjectIsMissing_ShouldThrowNamingIt()
    {
        var error = Assert.ThrowsAny<JsonException>(() => Parse("""{"Records":[{"eventName":"ObjectCreated:Put","s3":{"bucket":{"name":"b"}}}]}"""));

        Assert.Contains("object", error.Message);
    }

    [Theory]
    [InlineData("0065E1A7F2C3B4D5E6", "0065E1A7F2C3B4D5E7", -1)]
    [InlineData("0065E1A7F2C3B4D5E6", "0065E1A7F2C3B4D5", 1)]
    [InlineData("0065E1A7F2", "0065E1A7F200", 0)]
    [InlineData("00A", "009FF", 1)]
    public void SequencerCompare_ShouldPadTheShorterWithTrailingZeros(string left, string right, int expectedSign)
    {
        Assert.Equal(expectedSign, Math.Sign(S3Sequencer.Compare(left, right)));
    }

    [Theory]
    [InlineData("raw/batch/orders/dt=2026-03-01/orders-2026-03-01.jsonl", "raw/batch/orders/dt%3D2026-03-01/orders-2026-03-01.jsonl")]
    [InlineData("landing/daily sales été a+b.csv", "landing/daily+sales+%C3%A9t%C3%A9+a%2Bb.csv")]
    public void EncodeKey_ShouldWriteKeysAsS3DoesAndDecodeBack(string key, string encoded)
    {
        Assert.Equal(encoded, S3ObjectKeyEncoding.Encode(key));
        Assert.Equal(key, new S3ObjectEntity { Key = encoded }.KeyDecoded);
    }

    [Fact]
    public void ObjectCreated_ShouldSerializeTheNotificationShapeAndRoundTrip()
    {
        var s3Event = S3EventNotifications.ObjectCreated(
            "techshop-lake", "raw/batch/orders/dt=2026-03-01/a b.jsonl", 18342, "9b2c", new DateTime(2026, 3, 1, 8, 15, 30, 412, DateTimeKind.Utc), "eu-west-1");

        var json = JsonSerializer.Serialize(s3Event, LambdaJsonContext.Default.S3Event);
        var back = Assert.Single(Parse(json).Records);

        Assert.StartsWith("{\"Records\":[{\"eventVersion\":\"2.1\",\"eventSource\":\"aws:s3\"", json);
        Assert.Contains("\"eventTime\":\"2026-03-01T08:15:30.412Z\"", json);
        var written = JsonDocument.Parse(json).RootElement.GetProperty("Records")[0].GetProperty("s3").GetProperty("object");
        Assert.Equal("raw/batch/orders/dt%3D2026-03-01/a+b.jsonl", written.GetProperty("key").GetString());
        Assert.Equal(18342L, written.GetProperty("size").GetInt64());
        Assert.Equal("ObjectCreated:Put", back.EventName);
        Assert.Equal("raw/batch/orders/dt=2026-03-01/a b.jsonl", back.S3.Object.KeyDecoded);
        Assert.Equal("arn:aws:s3:::techshop-lake", back.S3.Bucket.Arn);
    }
}
