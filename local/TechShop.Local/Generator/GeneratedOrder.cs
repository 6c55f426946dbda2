using TechShop.Core.Domain;

namespace TechShop.Local.Generator;

/// <summary>
/// One order and its full status history (PLACED first, in time order, up to the end of the period); every
/// history entry is the whole order at that status. <see cref="GrossRevenueUsd"/> is at the order date's rate.
/// </summary>
public sealed record GeneratedOrder(long OrderNumber, decimal GrossRevenueUsd, IReadOnlyList<OrderEvent> History)
{
    /// <summary>The order as first placed.</summary>
    public OrderEvent Placed => History[0];

    /// <summary>The order as it stands at the end of the period.</summary>
    public OrderEvent Current => History[^1];
}
