using TechShop.Core.Domain;

namespace TechShop.Core.Tests.Streaming;

/// <summary>Order events, customers and rates with known values for the hot-path tests.</summary>
internal static class TestOrders
{
    public static readonly DateOnly Day = new(2026, 3, 14);
    public static readonly DateTime EventTime = new(2026, 3, 14, 10, 15, 30, 250, DateTimeKind.Utc);

    public static OrderEvent Order(
        long orderNumber,
        OrderStatus status = OrderStatus.Placed,
        string currency = "EUR",
        DateOnly? orderDate = null,
        DateTime? eventTime = null,
        PaymentMethod payment = PaymentMethod.CreditCard,
        params OrderLine[] lines) =>
        new(
            Guid.Parse($"00000000-0000-0000-0000-{orderNumber:D12}"),
            status,
            orderNumber,
            eventTime ?? EventTime,
            orderDate ?? Day,
            null,
            CustomerKey: 7001,
            StoreKey: 12,
            SalesChannel.Online,
            currency,
            payment,
            lines.Length > 0 ? lines : [new OrderLine(1, 2115, 2, 19.99m), new OrderLine(2, 176, 1, 1049.50m)]);

    public static Customer Customer(int key, string city = "Lyon") =>
        new(key, "Ada Martin", "Female", new DateOnly(1988, 5, 2), city, "Auvergne-Rhône-Alpes", "France", "Europe",
            new DateTime(2026, 3, 14, 9, 0, 0, DateTimeKind.Utc));

    public static ExchangeRate Rate(string currency, decimal rate, DateOnly? day = null) => new(day ?? Day, currency, rate);
}
