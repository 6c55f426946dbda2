using System.Text;
using TechShop.Core.Domain;
using TechShop.Core.Extracts;
using TechShop.Core.Streaming;
using TechShop.Local.Generator;

namespace TechShop.Local.Tests.Generator;

public sealed class ExtractJsonTests
{
    [Fact]
    public void Serialize_OrderRow_ShouldGiveTheContractsExactBytes()
    {
        var row = new OrderRow(100042, new DateOnly(2024, 11, 29), new DateOnly(2024, 12, 3), 17, 0, SalesChannel.Online, "EUR",
            PaymentMethod.CreditCard, OrderStatus.Shipped, new DateTime(2024, 11, 30, 8, 5, 1, 20, DateTimeKind.Utc));

        var text = Encoding.UTF8.GetString(ExtractJsonLines.Serialize([row], ExtractJsonContext.Default.OrderRow));

        Assert.Equal(
            """{"order_number":100042,"order_date":"2024-11-29","delivery_date":"2024-12-03","customer_key":17,"store_key":0,"channel":"ONLINE","currency_code":"EUR","payment_method":"CREDIT_CARD","status":"SHIPPED","updated_at":"2024-11-30T08:05:01.020Z"}""" + "\n",
            text);
    }

    [Fact]
    public void Serialize_DecimalsAndNulls_ShouldBeExactNumbersAndNull()
    {
        var rows = new[] { new ExchangeRate(new DateOnly(2024, 1, 2), "GBP", 1.271450m) };
        var store = new Store(0, "Tech Shop Online", "Online", "Online", null, new DateOnly(2010, 1, 1), true);

        Assert.Equal("""{"date":"2024-01-02","currency":"GBP","rate_to_usd":1.271450}""" + "\n",
            Encoding.UTF8.GetString(ExtractJsonLines.Serialize(rows, ExtractJsonContext.Default.ExchangeRate)));
        Assert.Contains("\"square_meters\":null", Encoding.UTF8.GetString(ExtractJsonLines.Serialize([store], ExtractJsonContext.Default.Store)), StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_ShouldRoundTripRowsAndNameTheBadLine()
    {
        var rows = new[]
        {
            new OrderLineRow(1, 1, 10, 2, 19.99m, new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc)),
            new OrderLineRow(1, 2, 11, 1, 5.00m, new DateTime(2024, 1, 1, 23, 59, 59, 999, DateTimeKind.Utc)),
        };
        var bytes = ExtractJsonLines.Serialize(rows, ExtractJsonContext.Default.OrderLineRow);

        Assert.Equal(rows, ExtractJsonLines.Deserialize(bytes, ExtractJsonContext.Default.OrderLineRow));
        var broken = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes) + "{\"order_number\":\"x\"}\n");
        var ex = Assert.Throws<System.Text.Json.JsonException>(() => ExtractJsonLines.Deserialize(broken, ExtractJsonContext.Default.OrderLineRow));
        Assert.StartsWith("Line 3:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteLines_ShouldWriteTopicKeyEventTimeBadKindAndPayload()
    {
        var order = new OrderEvent(Guid.Parse("6f1c1f5e-8d2a-4c39-9b1e-3f8a2b7c9d10"), OrderStatus.Placed, 7, new DateTime(2024, 5, 1, 10, 0, 0, DateTimeKind.Utc),
            new DateOnly(2024, 5, 1), null, 3, 12, SalesChannel.InStore, "XXX", PaymentMethod.ApplePay, [new OrderLine(1, 99, 2, 10.50m)]);
        var e = new StreamEvent(Topics.Orders, "7", order.EventTime, BadRecordKind.UnknownCurrency, false, order);
        using var buffer = new MemoryStream();

        Assert.Equal(1, StreamEventJson.WriteLines([e], buffer));

        Assert.Equal(
            """{"topic":"orders","key":"7","event_time":"2024-05-01T10:00:00.000Z","bad_kind":"UNKNOWN_CURRENCY","late":false,"payload":{"event_id":"6f1c1f5e-8d2a-4c39-9b1e-3f8a2b7c9d10","status":"PLACED","order_number":7,"event_time":"2024-05-01T10:00:00.000Z","order_date":"2024-05-01","delivery_date":null,"customer_key":3,"store_key":12,"channel":"IN_STORE","currency_code":"XXX","payment_method":"APPLE_PAY","lines":[{"line_number":1,"product_key":99,"quantity":2,"unit_price":10.50}],"coupon_code":null}}""" + "\n",
            Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
