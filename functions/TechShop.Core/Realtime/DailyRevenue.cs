namespace TechShop.Core.Realtime;

/// <summary>Revenue attributed to one order date: gross, at risk before and after fulfilment, and net.</summary>
public sealed record DailyRevenue(
    DateOnly OrderDate,
    int Orders,
    decimal GrossUsd,
    int CancelledOrders,
    decimal AtRiskBeforeFulfilmentUsd,
    int ReturnedOrders,
    decimal AtRiskAfterFulfilmentUsd)
{
    /// <summary>Gross revenue less all revenue at risk.</summary>
    public decimal NetUsd => GrossUsd - AtRiskBeforeFulfilmentUsd - AtRiskAfterFulfilmentUsd;
}
