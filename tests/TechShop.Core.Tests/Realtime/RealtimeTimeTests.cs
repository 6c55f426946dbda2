using TechShop.Core.Realtime;

namespace TechShop.Core.Tests.Realtime;

public sealed class RealtimeTimeTests
{
    private static readonly DateTime Time = new DateTime(2026, 3, 14, 10, 15, 30, 250, DateTimeKind.Utc).AddTicks(4321);

    [Fact]
    public void Buckets_ShouldTruncateToTheHourMinuteAndMillisecondInUtc()
    {
        Assert.Equal(new DateTime(2026, 3, 14, 10, 0, 0, DateTimeKind.Utc), RealtimeTime.Hour(Time));
        Assert.Equal(new DateTime(2026, 3, 14, 10, 15, 0, DateTimeKind.Utc), RealtimeTime.Minute(Time));
        Assert.Equal(new DateTime(2026, 3, 14, 10, 15, 30, 250, DateTimeKind.Utc), RealtimeTime.Millisecond(Time));
    }

    [Fact]
    public void UnixMilliseconds_ShouldMatchKafkaTimestamps()
    {
        Assert.Equal(1773483330250, RealtimeTime.ToUnixMilliseconds(Time));
        Assert.Equal(RealtimeTime.Millisecond(Time), RealtimeTime.FromUnixMilliseconds(1773483330250));
    }

    [Fact]
    public void HoursBetween_ShouldListEveryHourBucketTheRangeTouches() =>
        Assert.Equal(
            [new DateTime(2026, 3, 14, 10, 0, 0, DateTimeKind.Utc), new DateTime(2026, 3, 14, 11, 0, 0, DateTimeKind.Utc)],
            RealtimeTime.HoursBetween(Time, Time.AddMinutes(50)));
}
