using TechShop.Core.Realtime;

namespace TechShop.Local.Dashboard;

/// <summary>The realtime store's totals, the figures a run's summary reports: row counts and revenue over every order date.</summary>
internal sealed record LiveSummary(
    DateTime? LastEventTime,
    DateTime? LastLagRecordTime,
    RealtimeCounts Counts,
    int OrderDates,
    int Orders,
    decimal GrossRevenueUsd,
    int CancelledOrders,
    decimal AtRiskBeforeFulfilmentUsd,
    int ReturnedOrders,
    decimal AtRiskAfterFulfilmentUsd,
    decimal NetRevenueUsd);
