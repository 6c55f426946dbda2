using TechShop.Core.Domain;
using TechShop.Core.Realtime;

namespace TechShop.Local.Tests.Realtime;

/// <summary>Realtime rows with known values for the store contract.</summary>
internal static class StoreRows
{
    public static readonly DateOnly Day = new(2026, 3, 14);
    public static readonly DateTime Ten = new(2026, 3, 14, 10, 0, 0, DateTimeKind.Utc);

    public static OrderEventRow Event(long order, DateTime time, OrderStatus status = OrderStatus.Placed, decimal grossUsd = 100m,
        PaymentMethod payment = PaymentMethod.CreditCard) =>
        new(RealtimeTime.Hour(time), RealtimeShard.Of(order), time, order, status, Day, 7001, 12, SalesChannel.InStore, payment,
            "EUR", grossUsd * 0.9m, grossUsd, 2, 3);

    public static OrderRevenueRow Revenue(long order, decimal grossUsd, DateOnly? day = null, DateTime? cancelledAt = null, DateTime? returnedAt = null) =>
        new(day ?? Day, RealtimeShard.Of(order), order, 7001, 12, SalesChannel.Online, PaymentMethod.PayPal, "CAD", 0.7312m,
            grossUsd / 0.7312m, grossUsd, 1, cancelledAt, returnedAt);

    public static OrderItemRow Item(long order, int line, int product, int quantity, decimal amountUsd) =>
        new(Day, RealtimeShard.Of(order), product, order, line, quantity, 19.99m, "GBP", amountUsd);

    public static OrderAlertRow Alert(long order, DateTime time, OrderStatus status, decimal atRisk) =>
        new(DateOnly.FromDateTime(time), RealtimeShard.Of(order), time, order, status, Day, 7001, 12,
            status == OrderStatus.Returned ? RevenueAtRiskKind.AfterFulfilment : RevenueAtRiskKind.BeforeFulfilment, atRisk);

    public static ProcessingLagRow Lag(DateTime first, int partition, long firstOffset) =>
        new(RealtimeTime.Hour(first), first, "orders", partition, firstOffset, firstOffset + 9, 10, 2500, 2900, 500, 1000, first.AddSeconds(3));
}
