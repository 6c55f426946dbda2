using TechShop.Core.Domain;

namespace TechShop.Core.Realtime;

/// <summary>
/// A row of <c>order_events</c>: one order event, keyed ((event_hour, shard), event_time, order_number, status);
/// serves orders and revenue per minute, recent orders and the payment method mix.
/// </summary>
public sealed record OrderEventRow(
    DateTime EventHour,
    int Shard,
    DateTime EventTime,
    long OrderNumber,
    OrderStatus Status,
    DateOnly OrderDate,
    int CustomerKey,
    int StoreKey,
    SalesChannel Channel,
    PaymentMethod PaymentMethod,
    string Currency,
    decimal GrossLocal,
    decimal GrossUsd,
    int LineCount,
    int ItemCount);
