namespace TechShop.Local.Lake;

/// <summary>
/// What S3 would announce for one object event: the fields the S3 event notification carries
/// (bucket, key, size, ETag, sequencer, event name, time).
/// </summary>
public sealed record LakeNotification(
    string EventName,
    string Bucket,
    string Key,
    long Size,
    string ETag,
    string Sequencer,
    DateTime EventTime);
