using TechShop.Core.Domain;

namespace TechShop.Core.Realtime;

/// <summary>
/// A row of <c>order_revenue_by_date</c>: one order, keyed ((order_date, shard), order_number).
/// A null <see cref="CancelledAt"/> or <see cref="ReturnedAt"/> means "not written by this event": a store must keep
/// the value it holds (CQL: leave the column unset, never bind null, which would delete it), so writes commute.
/// </summary>
public sealed record OrderRevenueRow(
    DateOnly OrderDate,
    int Shard,
    long OrderNumber,
    int CustomerKey,
    int StoreKey,
    SalesChannel Channel,
    PaymentMethod PaymentMethod,
    string Currency,
    decimal RateToUsd,
    decimal GrossLocal,
    decimal GrossUsd,
    int LineCount,
    DateTime? CancelledAt,
    DateTime? ReturnedAt)
{
    /// <summary>The revenue at risk this row stands for: a return (after fulfilment) outweighs a cancellation.</summary>
    public RevenueAtRiskKind RiskKind => ReturnedAt is not null ? RevenueAtRiskKind.AfterFulfilment
        : CancelledAt is not null ? RevenueAtRiskKind.BeforeFulfilment
        : RevenueAtRiskKind.None;
}
