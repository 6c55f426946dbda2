using System.Globalization;

namespace TechShop.Core.Warehouse;

/// <summary>Run ids that sort by time and stay unique across concurrent runs: <c>&lt;what&gt;-yyyyMMddTHHmmssfffZ-&lt;8 hex&gt;</c>.</summary>
public static class RunId
{
    public static string New(string what, DateTime utcNow) =>
        $"{what}-{utcNow.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}"[..(what.Length + 29)];
}
