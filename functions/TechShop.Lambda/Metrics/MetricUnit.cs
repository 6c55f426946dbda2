namespace TechShop.Lambda.Metrics;

/// <summary>The CloudWatch metric units (written as CloudWatch spells them, e.g. <c>Bytes/Second</c>).</summary>
public enum MetricUnit
{
    None,
    Count,
    Percent,
    Seconds,
    Milliseconds,
    Microseconds,
    Bytes,
    Kilobytes,
    Megabytes,
    Gigabytes,
    Terabytes,
    Bits,
    Kilobits,
    Megabits,
    Gigabits,
    Terabits,
    CountPerSecond,
    BytesPerSecond,
    KilobytesPerSecond,
    MegabytesPerSecond,
    GigabytesPerSecond,
    TerabytesPerSecond,
    BitsPerSecond,
    KilobitsPerSecond,
    MegabitsPerSecond,
    GigabitsPerSecond,
    TerabitsPerSecond,
}
