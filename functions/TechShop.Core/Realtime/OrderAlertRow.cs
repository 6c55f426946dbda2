using TechShop.Core.Domain;

namespace TechShop.Core.Realtime;

/// <summary>A row of <c>order_alerts</c>: a cancellation or return, keyed ((alert_date, shard), event_time, order_number, status).</summary>
public sealed record OrderAlertRow(
    DateOnly AlertDate,
    int Shard,
    DateTime EventTime,
    long OrderNumber,
    OrderStatus Status,
    DateOnly OrderDate,
    int CustomerKey,
    int StoreKey,
    RevenueAtRiskKind RiskKind,
    decimal RevenueAtRiskUsd);
