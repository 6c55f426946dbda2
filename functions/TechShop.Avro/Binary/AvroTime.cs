namespace TechShop.Avro.Binary;

/// <summary>Conversions between Avro's date (days) and timestamp-millis and .NET dates and UTC times.</summary>
public static class AvroTime
{
    private const int EpochDayNumber = 719162;
    private const long EpochTicks = 621355968000000000;
    private static readonly int MinDays = DateOnly.MinValue.DayNumber - EpochDayNumber;
    private static readonly int MaxDays = DateOnly.MaxValue.DayNumber - EpochDayNumber;
    private static readonly long MinMillis = (DateTime.MinValue.Ticks - EpochTicks) / TimeSpan.TicksPerMillisecond;
    private static readonly long MaxMillis = (DateTime.MaxValue.Ticks - EpochTicks) / TimeSpan.TicksPerMillisecond;

    public static int ToEpochDays(DateOnly date) => date.DayNumber - EpochDayNumber;

    public static bool TryFromEpochDays(int days, out DateOnly date)
    {
        if (days < MinDays || days > MaxDays)
        {
            date = default;
            return false;
        }

        date = DateOnly.FromDayNumber(days + EpochDayNumber);
        return true;
    }

    /// <summary>Milliseconds since the Unix epoch; sub-millisecond ticks are truncated toward zero, as Apache.Avro does.</summary>
    public static long ToEpochMillis(DateTime time)
    {
        var utc = time.Kind == DateTimeKind.Local ? time.ToUniversalTime() : time;
        return (utc.Ticks - EpochTicks) / TimeSpan.TicksPerMillisecond;
    }

    public static bool TryFromEpochMillis(long millis, out DateTime time)
    {
        if (millis < MinMillis || millis > MaxMillis)
        {
            time = default;
            return false;
        }

        time = new DateTime(EpochTicks + (millis * TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
        return true;
    }
}
