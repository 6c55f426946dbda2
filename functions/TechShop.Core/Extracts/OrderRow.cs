using TechShop.Core.Domain;

namespace TechShop.Core.Extracts;

/// <summary>A row of the <c>orders</c> extract: the order header as the operational database holds it at <see cref="UpdatedAt"/>.</summary>
public sealed record OrderRow(
    long OrderNumber,
    DateOnly OrderDate,
    DateOnly? DeliveryDate,
    int CustomerKey,
    int StoreKey,
    SalesChannel Channel,
    string CurrencyCode,
    PaymentMethod PaymentMethod,
    OrderStatus Status,
    DateTime UpdatedAt);
