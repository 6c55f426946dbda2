using TechShop.Core.Domain;
using TechShop.Core.Enrichment;
using TechShop.Core.Realtime;
using TechShop.Core.Streaming;
using TechShop.Core.Tests.Streaming;

namespace TechShop.Core.Tests.Enrichment;

public sealed class OrderEnricherTests
{
    private static readonly DateTime KafkaTime = TestOrders.EventTime.AddSeconds(1);
    private static readonly DateTime ProcessedAt = TestOrders.EventTime.AddMilliseconds(2500);

    private static OrderEnricher Enricher(params ExchangeRate[] rates)
    {
        var table = new FxRateTable();
        foreach (var rate in rates)
        {
            table.Set(rate);
        }

        return new OrderEnricher(table);
    }

    [Fact]
    public void Enrich_WhenPaidInEuros_ShouldConvertEachLineAtTheOrderDateRateRoundedToCents()
    {
        var result = Enricher(TestOrders.Rate("EUR", 1.0865m)).Enrich(TestOrders.Order(1001), KafkaTime, ProcessedAt);

        var order = Assert.IsType<EnrichedOrder>(result.Order);
        Assert.Equal(1.0865m, order.RateToUsd);
        Assert.Equal([43.44m, 1140.28m], order.Lines.Select(l => l.AmountUsd));
        Assert.Equal([39.98m, 1049.50m], order.Lines.Select(l => l.AmountLocal));
        Assert.Equal(1089.48m, order.GrossLocal);
        Assert.Equal(1183.72m, order.GrossUsd);
        Assert.Equal(3, order.ItemCount);
    }

    [Fact]
    public void Enrich_WhenTheProductIsOnAHalfCent_ShouldRoundHalfAwayFromZero()
    {
        var order = TestOrders.Order(1002, currency: "GBP", lines: new OrderLine(1, 5, 3, 10.05m));

        var result = Enricher(TestOrders.Rate("GBP", 0.5m)).Enrich(order, KafkaTime, ProcessedAt);

        Assert.Equal(15.08m, result.Order!.GrossUsd);
    }

    [Fact]
    public void Enrich_WhenTheRateOfAnotherDateIsTheOnlyOne_ShouldUseTheOrderDate()
    {
        var enricher = Enricher(TestOrders.Rate("GBP", 1.2710m), TestOrders.Rate("GBP", 1.3000m, TestOrders.Day.AddDays(1)));

        var result = enricher.Enrich(TestOrders.Order(1003, currency: "GBP"), KafkaTime, ProcessedAt);

        Assert.Equal(1.2710m, result.Order!.RateToUsd);
        Assert.Equal(50.81m + 1333.91m, result.Order.GrossUsd);
    }

    [Fact]
    public void Enrich_WhenPaidInUsd_ShouldKeepTheAmountsWithoutARateEvent()
    {
        var result = Enricher().Enrich(TestOrders.Order(1004, currency: "USD"), KafkaTime, ProcessedAt);

        Assert.Equal(1089.48m, result.Order!.GrossUsd);
        Assert.Equal(1m, result.Order.RateToUsd);
    }

    [Fact]
    public void Enrich_WhenNoRateIsKnownForTheOrderDate_ShouldFailAsMissingExchangeRate()
    {
        var result = Enricher(TestOrders.Rate("EUR", 1.0865m, TestOrders.Day.AddDays(-1))).Enrich(TestOrders.Order(1005), KafkaTime, ProcessedAt);

        Assert.False(result.IsSuccess);
        Assert.Equal(BadRecordKind.MissingExchangeRate, result.Failure);
        Assert.Equal("Order 1005 needs the EUR rate of 2026-03-14; none is known.", result.Detail);
    }

    [Fact]
    public void Enrich_WhenTheCurrencyIsUnknown_ShouldFailAsUnknownCurrency()
    {
        var result = Enricher().Enrich(TestOrders.Order(1006, currency: "JPY"), KafkaTime, ProcessedAt);

        Assert.Equal(BadRecordKind.UnknownCurrency, result.Failure);
        Assert.Equal("Order 1006 is in currency 'JPY'; expected one of USD, CAD, AUD, EUR, GBP.", result.Detail);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void Enrich_WhenALineQuantityIsNotPositive_ShouldFailAsNegativeQuantity(int quantity)
    {
        var order = TestOrders.Order(1007, currency: "USD", lines: [new OrderLine(1, 5, 1, 10m), new OrderLine(2, 6, quantity, 10m)]);

        var result = Enricher().Enrich(order, KafkaTime, ProcessedAt);

        Assert.Equal(BadRecordKind.NegativeQuantity, result.Failure);
        Assert.Equal($"Order 1007 line 2 has quantity {quantity}; expected a positive quantity.", result.Detail);
    }

    [Fact]
    public void Enrich_WhenTheOrderHasNoLines_ShouldFailAsEmptyOrder()
    {
        var order = TestOrders.Order(1008, currency: "USD") with { Lines = [] };

        Assert.Equal(BadRecordKind.EmptyOrder, Enricher().Enrich(order, KafkaTime, ProcessedAt).Failure);
    }

    [Theory]
    [InlineData(OrderStatus.Placed, RevenueAtRiskKind.None, 0)]
    [InlineData(OrderStatus.Delivered, RevenueAtRiskKind.None, 0)]
    [InlineData(OrderStatus.Cancelled, RevenueAtRiskKind.BeforeFulfilment, 1183.72)]
    [InlineData(OrderStatus.Returned, RevenueAtRiskKind.AfterFulfilment, 1183.72)]
    public void Enrich_ShouldFlagCancellationsAndReturnsWithTheirRevenueAtRisk(OrderStatus status, RevenueAtRiskKind kind, double atRisk)
    {
        var result = Enricher(TestOrders.Rate("EUR", 1.0865m)).Enrich(TestOrders.Order(1009, status), KafkaTime, ProcessedAt);

        Assert.Equal(kind, result.Order!.RiskKind);
        Assert.Equal((decimal)atRisk, result.Order.RevenueAtRiskUsd);
        Assert.Equal(status == OrderStatus.Cancelled, result.Order.IsCancelled);
        Assert.Equal(status == OrderStatus.Returned, result.Order.IsReturned);
    }

    [Fact]
    public void Enrich_ShouldMeasureLagFromTheEventTimeAndFromTheKafkaTimestamp()
    {
        var result = Enricher(TestOrders.Rate("EUR", 1.0865m)).Enrich(TestOrders.Order(1010), KafkaTime, ProcessedAt);

        Assert.Equal(TimeSpan.FromMilliseconds(2500), result.Order!.EventLag);
        Assert.Equal(TimeSpan.FromMilliseconds(1500), result.Order.KafkaLag);
        Assert.Equal(ProcessedAt, result.Order.ProcessedAt);
    }
}
