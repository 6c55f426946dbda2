namespace TechShop.Core.Domain;

/// <summary>
/// An order as it stood when its status changed (event-carried state: every event holds the whole order).
/// Times are UTC; <see cref="CurrencyCode"/> is ISO 4217 and may be one the platform does not know (bad input).
/// </summary>
public sealed record OrderEvent(
    Guid EventId,
    OrderStatus Status,
    long OrderNumber,
    DateTime EventTime,
    DateOnly OrderDate,
    DateOnly? DeliveryDate,
    int CustomerKey,
    int StoreKey,
    SalesChannel Channel,
    string CurrencyCode,
    PaymentMethod PaymentMethod,
    IReadOnlyList<OrderLine> Lines)
{
    /// <summary>Promotion code redeemed at checkout, null when none (order-event schema v2; null for v1 events).</summary>
    public string? CouponCode { get; init; }
}
