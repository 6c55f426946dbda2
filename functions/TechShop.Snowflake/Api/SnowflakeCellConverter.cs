using System.Globalization;

namespace TechShop.Snowflake.Api;

/// <summary>
/// Turns the jsonv2 cell strings into .NET values by the column's <c>rowType</c>: fixed → long (scale 0) or
/// decimal, real → double, boolean → bool, date (days since epoch) → DateOnly, time → TimeOnly, timestamps
/// (<c>seconds.nanos</c>, tz with <c>" offset+1440"</c>) → UTC DateTime, binary (hex) → byte[], others → string.
/// </summary>
public static class SnowflakeCellConverter
{
    /// <summary>Converts one cell; null stays null.</summary>
    public static object? Convert(SnowflakeColumn column, string? cell)
    {
        ArgumentNullException.ThrowIfNull(column);
        if (cell is null)
        {
            return null;
        }

        try
        {
            return column.Type.ToUpperInvariant() switch
            {
                "FIXED" or "NUMBER" => Fixed(column, cell),
                "REAL" or "FLOAT" or "DOUBLE" => Real(cell),
                "BOOLEAN" => Boolean(cell),
                "DATE" => DateOnly.FromDayNumber(EpochDay + int.Parse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)),
                "TIME" => TimeOnly.FromTimeSpan(TimeSpan.FromTicks(EpochTicks(cell))),
                "TIMESTAMP_NTZ" or "TIMESTAMP_LTZ" => new DateTime(DateTime.UnixEpoch.Ticks + EpochTicks(cell), DateTimeKind.Utc),
                "TIMESTAMP_TZ" => new DateTime(DateTime.UnixEpoch.Ticks + EpochTicks(cell.Split(' ')[0]), DateTimeKind.Utc),
                "BINARY" => System.Convert.FromHexString(cell),
                _ => cell,
            };
        }
        catch (FormatException ex)
        {
            throw new FormatException($"Column {column.Name} of type {column.Type} holds '{cell}', which is not a valid {column.Type} cell.", ex);
        }
        catch (OverflowException ex)
        {
            throw new FormatException($"Column {column.Name} of type {column.Type} holds '{cell}', which is out of range.", ex);
        }
    }

    private static readonly int EpochDay = DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber;

    private static object Fixed(SnowflakeColumn column, string cell)
    {
        // Scale 0 fits a long up to precision 18; NUMBER(38,0) values beyond that stay exact as decimal.
        if (column.Scale is null or 0 && long.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
        {
            return whole;
        }

        return decimal.Parse(cell, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);
    }

    private static double Real(string cell) => cell switch
    {
        "NaN" => double.NaN,
        "inf" or "Infinity" => double.PositiveInfinity,
        "-inf" or "-Infinity" => double.NegativeInfinity,
        _ => double.Parse(cell, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    private static bool Boolean(string cell) => cell switch
    {
        "true" or "TRUE" or "1" => true,
        "false" or "FALSE" or "0" => false,
        _ => throw new FormatException($"'{cell}' is not a boolean."),
    };

    /// <summary>"seconds.fraction" (fraction up to 9 digits) as 100 ns ticks, exact: no floating point.</summary>
    private static long EpochTicks(string value)
    {
        var dot = value.IndexOf('.', StringComparison.Ordinal);
        var secondsText = dot < 0 ? value : value[..dot];
        var seconds = long.Parse(secondsText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        long fractionTicks = 0;
        if (dot >= 0)
        {
            var digits = value[(dot + 1)..];
            var seven = digits.Length >= 7 ? digits[..7] : digits.PadRight(7, '0');
            fractionTicks = long.Parse(seven, NumberStyles.None, CultureInfo.InvariantCulture);
        }

        // A negative epoch ("-1.5") means 1.5 s before the epoch: the fraction points the same way as the seconds.
        var negative = value.StartsWith('-');
        return (seconds * TimeSpan.TicksPerSecond) + (negative ? -fractionTicks : fractionTicks);
    }
}
