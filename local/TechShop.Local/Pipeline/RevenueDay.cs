namespace TechShop.Local.Pipeline;

/// <summary>Gross revenue of one order date in the realtime store and in GOLD.VW_DAILY_REVENUE.</summary>
public sealed record RevenueDay(DateOnly OrderDate, decimal RealtimeUsd, decimal GoldUsd)
{
    /// <summary>Realtime minus gold, in USD.</summary>
    public decimal DifferenceUsd => RealtimeUsd - GoldUsd;
}
