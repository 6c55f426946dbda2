using System.Globalization;
using TechShop.Core.Realtime;
using TechShop.Local.Warehouse;

namespace TechShop.Local.Pipeline;

/// <summary>Revenue and quality figures read back from the warehouse and the realtime store.</summary>
internal static class WarehouseFigures
{
    public static async Task<RevenueComparison> CompareRevenueAsync(
        IRealtimeStore realtime, DuckDbWarehouse warehouse, DateOnly from, DateOnly to, bool required, CancellationToken cancellationToken)
    {
        var realtimeDays = (await realtime.GetRevenueByOrderDateAsync(from, to, cancellationToken)).ToDictionary(d => d.OrderDate, d => d.GrossUsd);
        var gold = await warehouse.QueryAsync(
            $"SELECT order_date, gross_revenue_usd FROM GOLD.VW_DAILY_REVENUE WHERE order_date BETWEEN DATE '{from:yyyy-MM-dd}' AND DATE '{to:yyyy-MM-dd}'",
            cancellationToken);
        var goldDays = gold.Rows.ToDictionary(r => ToDate(r[0]), r => r[1] is null ? 0m : Convert.ToDecimal(r[1], CultureInfo.InvariantCulture));
        var days = realtimeDays.Keys.Union(goldDays.Keys).Order()
            .Select(d => new RevenueDay(d, realtimeDays.GetValueOrDefault(d), goldDays.GetValueOrDefault(d)))
            .ToList();
        return new RevenueComparison(from, to, days, required);
    }

    public static async Task<QualityGateSummary> ReadQualityAsync(DuckDbWarehouse warehouse, string? goldStatus, CancellationToken cancellationToken)
    {
        var result = await warehouse.QueryAsync(
            "SELECT run_id, check_name, severity, status, observed_value, threshold FROM QUALITY.RESULTS " +
            "WHERE run_id = (SELECT run_id FROM QUALITY.RESULTS ORDER BY checked_at DESC LIMIT 1) ORDER BY check_name",
            cancellationToken);
        var checks = result.Rows
            .Select(r => new QualityCheckLine((string)r[1]!, (string)r[2]!, (string)r[3]!,
                r[4] is null ? null : Convert.ToDouble(r[4], CultureInfo.InvariantCulture), Convert.ToDouble(r[5], CultureInfo.InvariantCulture)))
            .ToList();
        return new QualityGateSummary(goldStatus, result.Rows.Count > 0 ? (string?)result.Rows[0][0] : null, checks);
    }

    private static DateOnly ToDate(object? value) => value switch
    {
        DateOnly d => d,
        DateTime t => DateOnly.FromDateTime(t),
        _ => DateOnly.Parse(Convert.ToString(value, CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture),
    };
}
