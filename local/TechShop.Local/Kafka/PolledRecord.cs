namespace TechShop.Local.Kafka;

/// <summary>One Kafka record as an event source mapping hands it to the function (bytes untouched).</summary>
public sealed record PolledRecord(
    string Topic,
    int Partition,
    long Offset,
    long TimestampMs,
    string TimestampType,
    byte[]? Key,
    byte[]? Value,
    IReadOnlyList<KeyValuePair<string, byte[]>> Headers);
