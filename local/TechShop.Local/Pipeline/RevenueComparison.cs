namespace TechShop.Local.Pipeline;

/// <summary>
/// Realtime vs gold gross revenue for the streamed days. They must agree to the cent when no record was made
/// malformed; with <c>--bad-rate</c> the realtime side lacks the dead-lettered orders, so the check is informational.
/// </summary>
public sealed record RevenueComparison(DateOnly From, DateOnly To, IReadOnlyList<RevenueDay> Days, bool Required)
{
    public decimal RealtimeTotalUsd => Days.Sum(d => d.RealtimeUsd);

    public decimal GoldTotalUsd => Days.Sum(d => d.GoldUsd);

    /// <summary>Every day agrees to the cent, and there is at least one day to compare.</summary>
    public bool Agrees => Days.Count > 0 && Days.All(d => d.DifferenceUsd == 0m);
}
