using TechShop.Core.Domain;
using TechShop.Core.Enrichment;
using TechShop.Core.Realtime;
using TechShop.Core.Tests.Streaming;

namespace TechShop.Core.Tests.Enrichment;

public sealed class OrderRowsTests
{
    private static EnrichedOrder Enriched(OrderStatus status, long orderNumber = 1045)
    {
        var table = new FxRateTable();
        table.Set(TestOrders.Rate("EUR", 1.0865m));
        var eventTime = TestOrders.EventTime.AddTicks(4321); // sub-millisecond ticks a CQL timestamp cannot hold
        return new OrderEnricher(table).Enrich(TestOrders.Order(orderNumber, status, eventTime: eventTime), eventTime, eventTime).Order!;
    }

    [Fact]
    public void From_ShouldKeyTheOrderLevelRowsByHourOrDateAndShard()
    {
        var rows = OrderRows.From(Enriched(OrderStatus.Placed));

        var expectedTime = new DateTime(2026, 3, 14, 10, 15, 30, 250, DateTimeKind.Utc);
        Assert.Equal(
            new OrderEventRow(new DateTime(2026, 3, 14, 10, 0, 0, DateTimeKind.Utc), 1045 % 32, expectedTime, 1045, OrderStatus.Placed,
                TestOrders.Day, 7001, 12, SalesChannel.Online, PaymentMethod.CreditCard, "EUR", 1089.48m, 1183.72m, 2, 3),
            rows.Event);
        Assert.Equal(
            new OrderRevenueRow(TestOrders.Day, 21, 1045, 7001, 12, SalesChannel.Online, PaymentMethod.CreditCard, "EUR",
                1.0865m, 1089.48m, 1183.72m, 2, null, null),
            rows.Revenue);
        Assert.Null(rows.Alert);
    }

    [Fact]
    public void From_ShouldWriteOneItemRowPerLineWithItsUsdAmount()
    {
        var rows = OrderRows.From(Enriched(OrderStatus.Placed));

        Assert.Equal(
            [
                new OrderItemRow(TestOrders.Day, 21, 2115, 1045, 1, 2, 19.99m, "EUR", 43.44m),
                new OrderItemRow(TestOrders.Day, 21, 176, 1045, 2, 1, 1049.50m, "EUR", 1140.28m),
            ],
            rows.Items);
    }

    [Fact]
    public void From_WhenCancelled_ShouldSetOnlyTheCancelTimeAndRaiseAnAlert()
    {
        var rows = OrderRows.From(Enriched(OrderStatus.Cancelled));

        var expectedTime = new DateTime(2026, 3, 14, 10, 15, 30, 250, DateTimeKind.Utc);
        Assert.Equal(expectedTime, rows.Revenue.CancelledAt);
        Assert.Null(rows.Revenue.ReturnedAt);
        Assert.Equal(
            new OrderAlertRow(TestOrders.Day, 21, expectedTime, 1045, OrderStatus.Cancelled, TestOrders.Day, 7001, 12,
                RevenueAtRiskKind.BeforeFulfilment, 1183.72m),
            rows.Alert);
    }

    [Fact]
    public void From_WhenTheSameEventIsSplitTwice_ShouldGiveEqualRows()
    {
        var first = OrderRows.From(Enriched(OrderStatus.Returned));
        var second = OrderRows.From(Enriched(OrderStatus.Returned));

        Assert.Equal(first.Event, second.Event);
        Assert.Equal(first.Revenue, second.Revenue);
        Assert.Equal(first.Items, second.Items);
        Assert.Equal(first.Alert, second.Alert);
    }

    [Theory]
    [InlineData(0L, 0)]
    [InlineData(31L, 31)]
    [InlineData(32L, 0)]
    [InlineData(1045L, 21)]
    [InlineData(-5L, 27)]
    public void Shard_ShouldBeTheOrderNumberModulo32(long orderNumber, int shard) =>
        Assert.Equal(shard, RealtimeShard.Of(orderNumber));
}
