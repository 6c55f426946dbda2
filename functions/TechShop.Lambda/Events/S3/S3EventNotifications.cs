namespace TechShop.Lambda.Events.S3;

/// <summary>Builds the notification S3 would send when an object is created (the local folder lake emits these).</summary>
public static class S3EventNotifications
{
    /// <summary>An <c>ObjectCreated:Put</c> event for one object; <paramref name="key"/> is the plain (decoded) key.</summary>
    public static S3Event ObjectCreated(
        string bucket, string key, long size, string eTag, DateTime eventTime, string region, string? sequencer = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(bucket);
        ArgumentException.ThrowIfNullOrEmpty(key);
        var record = new S3EventNotificationRecord
        {
            EventVersion = "2.1",
            EventSource = "aws:s3",
            AwsRegion = region,
            EventTime = eventTime.ToUniversalTime(),
            EventName = "ObjectCreated:Put",
            UserIdentity = new S3UserIdentity { PrincipalId = "local" },
            RequestParameters = new S3RequestParameters { SourceIPAddress = "127.0.0.1" },
            ResponseElements = new S3ResponseElements(),
            S3 = new S3Entity
            {
                S3SchemaVersion = "1.0",
                ConfigurationId = "techshop-local",
                Bucket = new S3BucketEntity
                {
                    Name = bucket,
                    OwnerIdentity = new S3UserIdentity { PrincipalId = "local" },
                    Arn = $"arn:aws:s3:::{bucket}",
                },
                Object = new S3ObjectEntity
                {
                    Key = S3ObjectKeyEncoding.Encode(key),
                    Size = size,
                    ETag = eTag,
                    Sequencer = sequencer,
                },
            },
        };
        return new S3Event { Records = [record] };
    }
}
