namespace TechShop.Core.Streaming;

/// <summary>
/// One raw Kafka record as the event source mapping delivers it: coordinates, timestamp (UTC, millisecond
/// precision) and the undecoded key and value bytes. A null key is a keyless record; an empty value a tombstone.
/// </summary>
public sealed record StreamRecord(
    string Topic,
    int Partition,
    long Offset,
    DateTime Timestamp,
    ReadOnlyMemory<byte>? Key,
    ReadOnlyMemory<byte> Value);
