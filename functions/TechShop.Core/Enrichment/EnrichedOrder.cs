using TechShop.Core.Domain;
using TechShop.Core.Realtime;

namespace TechShop.Core.Enrichment;

/// <summary>
/// An order event converted to USD at its order date's rate, flagged, and timed: gross revenue is the sum of the
/// lines' USD amounts; revenue at risk is the gross of a cancelled (before fulfilment) or returned (after) order.
/// </summary>
public sealed record EnrichedOrder(
    OrderEvent Event,
    decimal RateToUsd,
    IReadOnlyList<EnrichedLine> Lines,
    decimal GrossLocal,
    decimal GrossUsd,
    int ItemCount,
    RevenueAtRiskKind RiskKind,
    DateTime ProcessedAt,
    TimeSpan EventLag,
    TimeSpan KafkaLag)
{
    public bool IsCancelled => Event.Status == OrderStatus.Cancelled;

    public bool IsReturned => Event.Status == OrderStatus.Returned;

    /// <summary>The gross revenue this event puts at risk: all of it when cancelled or returned, else zero.</summary>
    public decimal RevenueAtRiskUsd => RiskKind == RevenueAtRiskKind.None ? 0m : GrossUsd;
}
