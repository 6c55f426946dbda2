using System.Globalization;

namespace TechShop.Core.Warehouse;

/// <summary>SQL literals both engines read the same way, for values the services put into statements.</summary>
public static class SqlLiteral
{
    /// <summary>A quoted string, single quotes doubled.</summary>
    public static string String(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
    }

    /// <summary>A TIMESTAMP (no time zone) at microsecond precision: <c>CAST('yyyy-MM-dd HH:mm:ss.ffffff' AS TIMESTAMP)</c>.</summary>
    public static string Timestamp(DateTime value) =>
        "CAST('" + value.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture) + "' AS TIMESTAMP)";
}
