using System.Text.RegularExpressions;

namespace TechShop.Dashboards.Tests.PowerBi;

/// <summary>
/// Which TMDL data types can hold a Snowflake SQL type. Power BI's fixed decimal (decimal) keeps 4 decimal places,
/// so a DECIMAL with a larger scale (exchange rates, scale 8) must be double to lose nothing.
/// </summary>
internal static partial class SqlTypes
{
    public static IReadOnlyList<string> CompatibleDataTypes(string sqlType)
    {
        var type = sqlType.Trim().ToUpperInvariant();
        if (Numeric().Match(type) is { Success: true } numeric)
        {
            var scale = numeric.Groups["scale"].Success ? int.Parse(numeric.Groups["scale"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
            return scale == 0 ? ["int64"] : scale <= 4 ? ["decimal", "double"] : ["double"];
        }

        return type switch
        {
            "INTEGER" or "INT" or "BIGINT" or "SMALLINT" or "TINYINT" => ["int64"],
            "FLOAT" or "DOUBLE" or "REAL" => ["double"],
            "VARCHAR" or "STRING" or "TEXT" or "CHAR" => ["string"],
            "DATE" or "DATETIME" or "TIMESTAMP" or "TIMESTAMP_NTZ" or "TIMESTAMP_TZ" or "TIMESTAMP_LTZ" => ["dateTime"],
            "BOOLEAN" => ["boolean"],
            _ => throw new InvalidDataException($"The SQL type '{sqlType}' has no Power BI data type mapping here."),
        };
    }

    [GeneratedRegex(@"^(?:DECIMAL|NUMERIC|NUMBER)\s*(?:\(\s*\d+\s*(?:,\s*(?<scale>\d+)\s*)?\))?$")]
    private static partial Regex Numeric();
}
