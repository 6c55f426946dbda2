namespace TechShop.Local.Generator;

/// <summary>
/// How busy a day is relative to an average one: a November/December peak (Black Friday, Cyber Monday and the
/// run-up to Christmas), busier Fridays and Saturdays, and steady growth over the years.
/// </summary>
internal static class Seasonality
{
    private static readonly double[] MonthFactors = [0.85, 0.78, 0.88, 0.88, 0.92, 0.92, 0.90, 0.95, 0.95, 1.00, 1.45, 1.70];

    // Sunday first, as DayOfWeek counts.
    private static readonly double[] WeekdayFactors = [1.05, 0.85, 0.85, 0.90, 0.95, 1.15, 1.30];

    public static double Weight(DateOnly day)
    {
        var weight = MonthFactors[day.Month - 1] * WeekdayFactors[(int)day.DayOfWeek] * (1.0 + 0.08 * (day.Year - 2021));
        if (day.Month >= 11 && IsBlackFridayWeekend(day))
        {
            weight *= 2.5;
        }

        return Math.Max(weight, 0.05);
    }

    // Black Friday is the day after the fourth Thursday of November; Cyber Monday three days later.
    private static bool IsBlackFridayWeekend(DateOnly day)
    {
        var first = new DateOnly(day.Year, 11, 1);
        var firstThursday = first.AddDays(((int)DayOfWeek.Thursday - (int)first.DayOfWeek + 7) % 7);
        var blackFriday = firstThursday.AddDays(22);
        return day == blackFriday || day == blackFriday.AddDays(3);
    }

    /// <summary>Local hour-of-day weights (0..23) for in-store and online orders.</summary>
    public static IReadOnlyList<double> HourWeights(bool online) => online ? OnlineHours : StoreHours;

    private static readonly double[] StoreHours =
        [0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 7, 9, 10, 10, 9, 9, 9, 10, 9, 8, 5, 0, 0, 0];

    private static readonly double[] OnlineHours =
        [2, 1, 0.5, 0.5, 0.5, 0.5, 1, 2, 3, 4, 5, 5, 6, 6, 5, 5, 5, 6, 7, 9, 10, 10, 7, 4];
}
