using TechShop.Core.Domain;

namespace TechShop.Local.Generator;

/// <summary>
/// The status history of an order. Online: PLACED → PAID → SHIPPED → DELIVERED, some CANCELLED before shipping,
/// some RETURNED after delivery; the delivery date is known from shipping on. In store: PLACED → PAID at the till,
/// a few CANCELLED (payment declined), some RETURNED later; no delivery date.
/// Changes after the end of the period have not happened yet and are left out.
/// </summary>
internal static class OrderLifecycle
{
    public const double OnlineCancelBeforePayment = 0.010;
    public const double OnlineCancelAfterPayment = 0.020;
    public const double OnlineReturn = 0.060;
    public const double InStoreCancel = 0.010;
    public const double InStoreReturn = 0.035;

    public static List<OrderEvent> History(SeededRandom random, OrderEvent placed, int utcOffsetHours, DateTime periodEnd)
    {
        var history = new List<OrderEvent> { placed };
        var t = placed.EventTime;

        void Add(OrderStatus status, DateTime at, DateOnly? deliveryDate)
        {
            if (at < periodEnd)
            {
                history.Add(placed with { EventId = random.NextGuid(), Status = status, EventTime = at, DeliveryDate = deliveryDate });
            }
        }

        if (placed.Channel == SalesChannel.InStore)
        {
            if (random.Chance(InStoreCancel))
            {
                Add(OrderStatus.Cancelled, t.AddSeconds(random.Between(30, 600)), null);
                return history;
            }

            var paid = t.AddSeconds(random.Between(20, 360));
            Add(OrderStatus.Paid, paid, null);
            if (random.Chance(InStoreReturn))
            {
                Add(OrderStatus.Returned, Daytime(random, DateOnly.FromDateTime(paid).AddDays(random.Between(1, 30)), utcOffsetHours), null);
            }

            return history;
        }

        if (random.Chance(OnlineCancelBeforePayment))
        {
            Add(OrderStatus.Cancelled, t.AddMinutes(random.Between(5, 120)), null);
            return history;
        }

        var paidAt = t.AddSeconds(random.Between(30, 1800));
        Add(OrderStatus.Paid, paidAt, null);
        if (random.Chance(OnlineCancelAfterPayment))
        {
            Add(OrderStatus.Cancelled, paidAt.AddMinutes(random.Between(30, 1440)), null);
            return history;
        }

        var shippedAt = paidAt.AddMinutes(random.Between(240, 2160));
        var deliveryDate = DateOnly.FromDateTime(shippedAt).AddDays(random.Between(1, 5));
        var deliveredAt = Daytime(random, deliveryDate, utcOffsetHours);
        Add(OrderStatus.Shipped, shippedAt, deliveryDate);
        Add(OrderStatus.Delivered, deliveredAt, deliveryDate);
        if (random.Chance(OnlineReturn))
        {
            Add(OrderStatus.Returned, Daytime(random, deliveryDate.AddDays(random.Between(2, 28)), utcOffsetHours), deliveryDate);
        }

        return history;
    }

    /// <summary>A time between 09:00 and 19:00 local on <paramref name="day"/>, kept on that UTC day.</summary>
    private static DateTime Daytime(SeededRandom random, DateOnly day, int utcOffsetHours)
    {
        var hour = ((random.Between(9, 18) - utcOffsetHours) % 24 + 24) % 24;
        return day.ToDateTime(new TimeOnly(hour, random.Next(60), random.Next(60), random.Next(1000)), DateTimeKind.Utc);
    }
}
