using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace TechShop.Local.Dashboard;

/// <summary>Reads a whole-number query parameter within bounds, or refuses it with a 400 naming the parameter.</summary>
internal static class DashboardQuery
{
    public static int Integer(HttpContext context, string name, int defaultValue, int min, int max)
    {
        var text = context.Request.Query[name].ToString();
        if (text.Length == 0)
        {
            return defaultValue;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new DashboardRequestException(StatusCodes.Status400BadRequest,
                $"Query parameter '{name}': expected a whole number from {min} to {max}, got '{text}'.");
    }
}
