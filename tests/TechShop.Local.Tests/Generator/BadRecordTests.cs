using TechShop.Core.Domain;
using TechShop.Core.Streaming;
using TechShop.Local.Generator;

namespace TechShop.Local.Tests.Generator;

public sealed class BadRecordTests
{
    private static readonly TechShopDataset Dataset = SmallDataset.Create();

    [Theory]
    [InlineData(0.01)]
    [InlineData(0.05)]
    [InlineData(1.0)]
    public void Build_WithBadRate_ShouldInjectEachKindWithTheExactExpectedCount(double badRate)
    {
        var events = EventStream.Build(Dataset, new EventStreamOptions { BadRate = badRate });
        var expected = BadRecordPlan.ExpectedCounts(EventStream.CountOrderEvents(events), badRate);

        foreach (var kind in BadRecordPlan.Kinds)
        {
            Assert.Equal(expected[kind], events.Count(e => e.BadKind == kind));
            Assert.True(expected[kind] > 0);
        }

        Assert.DoesNotContain(events, e => e.BadKind == BadRecordKind.MissingExchangeRate);
        Assert.DoesNotContain(events, e => e.BadKind != BadRecordKind.None && e.Topic != Topics.Orders);
    }

    [Fact]
    public void ExpectedCounts_ShouldDealTheRoundedTotalOverTheKindsInTurn()
    {
        var counts = BadRecordPlan.ExpectedCounts(1_003, 0.01);

        Assert.Equal(10, BadRecordPlan.Total(1_003, 0.01));
        Assert.Equal([2, 2, 2, 2, 2], BadRecordPlan.Kinds.Select(k => counts[k]));
        var thirteen = BadRecordPlan.ExpectedCounts(1_300, 0.01);
        Assert.Equal([3, 3, 3, 2, 2], BadRecordPlan.Kinds.Select(k => thirteen[k]));
    }

    [Fact]
    public void Build_WithBadRate_ShouldApplyDomainKindsToThePayloadAndLeaveByteKindsToTheEncoder()
    {
        var events = EventStream.Build(Dataset, new EventStreamOptions { BadRate = 0.05 });
        var original = Dataset.Orders.SelectMany(o => o.History).ToDictionary(e => e.EventId);

        foreach (var e in events.Where(e => e.BadKind != BadRecordKind.None))
        {
            var payload = (OrderEvent)e.Payload;
            var source = original[payload.EventId];
            switch (e.BadKind)
            {
                case BadRecordKind.UnknownCurrency:
                    Assert.Equal("XXX", payload.CurrencyCode);
                    Assert.False(Currencies.IsSupported(payload.CurrencyCode));
                    break;
                case BadRecordKind.NegativeQuantity:
                    Assert.Equal(-source.Lines[0].Quantity, payload.Lines[0].Quantity);
                    Assert.Equal(source.Lines.Skip(1), payload.Lines.Skip(1));
                    break;
                default:
                    Assert.Same(source, payload);
                    break;
            }
        }

        Assert.All(events.Where(e => e.BadKind == BadRecordKind.None && e.Payload is OrderEvent),
            e => Assert.Same(original[((OrderEvent)e.Payload).EventId], e.Payload));
    }

    [Fact]
    public void Build_WithoutBadRate_ShouldHaveNoMalformedRecords()
    {
        var events = EventStream.Build(Dataset, new EventStreamOptions());

        Assert.All(events, e => Assert.Equal(BadRecordKind.None, e.BadKind));
        Assert.All(events.Select(e => e.Payload).OfType<OrderEvent>(), o =>
        {
            Assert.True(Currencies.IsSupported(o.CurrencyCode));
            Assert.All(o.Lines, l => Assert.True(l.Quantity > 0));
        });
    }
}
