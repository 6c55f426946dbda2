using TechShop.Core.Domain;

namespace TechShop.Core.Realtime;

/// <summary>
/// The read-time aggregations the panels and summaries need, shared by every store: the tables hold per-order and
/// per-line rows (idempotent under retries), and sums are taken over them when read, in exact decimals.
/// </summary>
public static class RealtimeAggregates
{
    /// <summary>Revenue per order date, oldest first.</summary>
    public static IReadOnlyList<DailyRevenue> RevenueByOrderDate(IEnumerable<OrderRevenueRow> rows) =>
        rows.GroupBy(r => r.OrderDate)
            .OrderBy(g => g.Key)
            .Select(g => new DailyRevenue(
                g.Key,
                g.Count(),
                g.Sum(r => r.GrossUsd),
                g.Count(r => r.RiskKind == RevenueAtRiskKind.BeforeFulfilment),
                g.Where(r => r.RiskKind == RevenueAtRiskKind.BeforeFulfilment).Sum(r => r.GrossUsd),
                g.Count(r => r.RiskKind == RevenueAtRiskKind.AfterFulfilment),
                g.Where(r => r.RiskKind == RevenueAtRiskKind.AfterFulfilment).Sum(r => r.GrossUsd)))
            .ToList();

    /// <summary>Orders placed, their revenue, cancellations and returns per minute, oldest first.</summary>
    public static IReadOnlyList<MinuteVolume> OrdersPerMinute(IEnumerable<OrderEventRow> rows) =>
        rows.GroupBy(r => RealtimeTime.Minute(r.EventTime))
            .OrderBy(g => g.Key)
            .Select(g => new MinuteVolume(
                g.Key,
                g.Count(r => r.Status == OrderStatus.Placed),
                g.Where(r => r.Status == OrderStatus.Placed).Sum(r => r.GrossUsd),
                g.Count(r => r.Status == OrderStatus.Cancelled),
                g.Count(r => r.Status == OrderStatus.Returned)))
            .ToList();

    /// <summary>Newest events first (ties by order number, then status), at most <paramref name="limit"/>.</summary>
    public static IReadOnlyList<OrderEventRow> Recent(IEnumerable<OrderEventRow> rows, int limit) =>
        rows.OrderByDescending(r => r.EventTime).ThenBy(r => r.OrderNumber).ThenBy(r => r.Status).Take(limit).ToList();

    /// <summary>Products by USD revenue, then product key, at most <paramref name="limit"/>.</summary>
    public static IReadOnlyList<ProductSales> TopProducts(IEnumerable<OrderItemRow> rows, int limit) =>
        rows.GroupBy(r => r.ProductKey)
            .Select(g => new ProductSales(g.Key, g.Sum(r => r.Quantity), g.Sum(r => r.AmountUsd), g.Count()))
            .OrderByDescending(p => p.RevenueUsd)
            .ThenBy(p => p.ProductKey)
            .Take(limit)
            .ToList();

    /// <summary>Placed orders per payment method, most orders first, then by method.</summary>
    public static IReadOnlyList<PaymentMix> PaymentMix(IEnumerable<OrderEventRow> rows) =>
        rows.Where(r => r.Status == OrderStatus.Placed)
            .GroupBy(r => r.PaymentMethod)
            .Select(g => new PaymentMix(g.Key, g.Count(), g.Sum(r => r.GrossUsd)))
            .OrderByDescending(m => m.Orders)
            .ThenBy(m => m.PaymentMethod)
            .ToList();

    /// <summary>Alerts newest first (ties by order number, then status).</summary>
    public static IReadOnlyList<OrderAlertRow> Alerts(IEnumerable<OrderAlertRow> rows) =>
        rows.OrderByDescending(r => r.EventTime).ThenBy(r => r.OrderNumber).ThenBy(r => r.Status).ToList();

    /// <summary>Lag rows newest first (ties by topic, partition, first offset).</summary>
    public static IReadOnlyList<ProcessingLagRow> Lag(IEnumerable<ProcessingLagRow> rows) =>
        rows.OrderByDescending(r => r.FirstRecordTime)
            .ThenBy(r => r.Topic, StringComparer.Ordinal)
            .ThenBy(r => r.KafkaPartition)
            .ThenBy(r => r.FirstOffset)
            .ToList();

    /// <summary>The stored revenue row merged with a newly written one: cancel/return times already held are kept.</summary>
    public static OrderRevenueRow Merge(OrderRevenueRow? stored, OrderRevenueRow written) =>
        stored is null ? written : written with
        {
            CancelledAt = written.CancelledAt ?? stored.CancelledAt,
            ReturnedAt = written.ReturnedAt ?? stored.ReturnedAt,
        };
}
