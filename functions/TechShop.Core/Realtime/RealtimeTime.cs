namespace TechShop.Core.Realtime;

/// <summary>The time buckets realtime tables are partitioned and clustered by; all UTC.</summary>
public static class RealtimeTime
{
    /// <summary>The hour a UTC time falls in (the <c>event_hour</c> / <c>lag_hour</c> partition column).</summary>
    public static DateTime Hour(DateTime utc) =>
        new(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerHour), DateTimeKind.Utc);

    /// <summary>The minute a UTC time falls in (the unit of per-minute panels).</summary>
    public static DateTime Minute(DateTime utc) =>
        new(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMinute), DateTimeKind.Utc);

    /// <summary>Truncates to whole milliseconds, the precision of a CQL <c>timestamp</c>.</summary>
    public static DateTime Millisecond(DateTime utc) =>
        new(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);

    /// <summary>Milliseconds since the Unix epoch, as CQL and Kafka store times.</summary>
    public static long ToUnixMilliseconds(DateTime utc) => (utc.Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerMillisecond;

    /// <summary>The UTC time of a Unix epoch millisecond count.</summary>
    public static DateTime FromUnixMilliseconds(long milliseconds) =>
        new(DateTime.UnixEpoch.Ticks + (milliseconds * TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);

    /// <summary>Every hour bucket from the hour of <paramref name="fromUtc"/> up to the one of <paramref name="toUtc"/>.</summary>
    public static IEnumerable<DateTime> HoursBetween(DateTime fromUtc, DateTime toUtc)
    {
        for (var hour = Hour(fromUtc); hour <= toUtc; hour = hour.AddHours(1))
        {
            yield return hour;
        }
    }
}
