using TechShop.Core.Domain;
using TechShop.Core.Realtime;

namespace TechShop.Core.Enrichment;

/// <summary>The realtime rows one enriched order event writes: order-level rows, item-level rows, and an alert if at risk.</summary>
public sealed record OrderRows(OrderEventRow Event, OrderRevenueRow Revenue, IReadOnlyList<OrderItemRow> Items, OrderAlertRow? Alert)
{
    /// <summary>Splits an enriched order into its rows; the same event always gives the same rows.</summary>
    public static OrderRows From(EnrichedOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var e = order.Event;
        var shard = RealtimeShard.Of(e.OrderNumber);
        var eventTime = RealtimeTime.Millisecond(e.EventTime);

        var eventRow = new OrderEventRow(
            RealtimeTime.Hour(eventTime), shard, eventTime, e.OrderNumber, e.Status, e.OrderDate, e.CustomerKey, e.StoreKey,
            e.Channel, e.PaymentMethod, e.CurrencyCode, order.GrossLocal, order.GrossUsd, order.Lines.Count, order.ItemCount);

        var revenueRow = new OrderRevenueRow(
            e.OrderDate, shard, e.OrderNumber, e.CustomerKey, e.StoreKey, e.Channel, e.PaymentMethod, e.CurrencyCode,
            order.RateToUsd, order.GrossLocal, order.GrossUsd, order.Lines.Count,
            CancelledAt: e.Status == OrderStatus.Cancelled ? eventTime : null,
            ReturnedAt: e.Status == OrderStatus.Returned ? eventTime : null);

        var items = new OrderItemRow[order.Lines.Count];
        for (var i = 0; i < items.Length; i++)
        {
            var line = order.Lines[i];
            items[i] = new OrderItemRow(
                e.OrderDate, shard, line.ProductKey, e.OrderNumber, line.LineNumber, line.Quantity, line.UnitPriceLocal, e.CurrencyCode, line.AmountUsd);
        }

        var alert = order.RiskKind == RevenueAtRiskKind.None ? null : new OrderAlertRow(
            DateOnly.FromDateTime(eventTime), shard, eventTime, e.OrderNumber, e.Status, e.OrderDate, e.CustomerKey, e.StoreKey,
            order.RiskKind, order.RevenueAtRiskUsd);

        return new OrderRows(eventRow, revenueRow, items, alert);
    }
}
