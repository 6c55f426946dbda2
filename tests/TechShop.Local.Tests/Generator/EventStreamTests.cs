using System.Globalization;
using TechShop.Core.Domain;
using TechShop.Core.Streaming;
using TechShop.Local.Generator;

namespace TechShop.Local.Tests.Generator;

public sealed class EventStreamTests
{
    private static readonly TechShopDataset Dataset = SmallDataset.Create();

    /// <summary>Positions whose event time is older than some record before them in the sequence.</summary>
    private static List<int> ObservedLate(IReadOnlyList<StreamEvent> events)
    {
        var late = new List<int>();
        var latest = DateTime.MinValue;
        for (var i = 0; i < events.Count; i++)
        {
            if (events[i].EventTime < latest)
            {
                late.Add(i);
            }

            latest = events[i].EventTime > latest ? events[i].EventTime : latest;
        }

        return late;
    }

    [Fact]
    public void Build_WithoutLateRate_ShouldBeInEventTimeOrder()
    {
        var events = EventStream.Build(Dataset, new EventStreamOptions { LateRate = 0 });

        Assert.Empty(ObservedLate(events));
        Assert.DoesNotContain(events, e => e.IsLate || e.BadKind != BadRecordKind.None);
    }

    [Theory]
    [InlineData(0.01)]
    [InlineData(0.10)]
    public void Build_WithLateRate_ShouldPublishThatShareOfOrderEventsOutOfEventTimeOrder(double lateRate)
    {
        var events = EventStream.Build(Dataset, new EventStreamOptions { LateRate = lateRate });
        var orderEvents = EventStream.CountOrderEvents(events);
        var flagged = events.Select((e, i) => (e, i)).Where(x => x.e.IsLate).Select(x => x.i).ToList();

        Assert.Equal(flagged, ObservedLate(events));
        Assert.InRange(flagged.Count, Math.Round(orderEvents * lateRate) - 2, Math.Round(orderEvents * lateRate));
        Assert.All(flagged, i => Assert.Equal(Topics.Orders, events[i].Topic));
    }

    [Fact]
    public void Build_ForTheWholePeriod_ShouldCarryEveryOrderStatusChangeOnce()
    {
        var events = EventStream.Build(Dataset, new EventStreamOptions());
        var orderEvents = events.Where(e => e.Topic == Topics.Orders).Select(e => (OrderEvent)e.Payload).ToList();

        Assert.Equal(Dataset.Orders.Sum(o => o.History.Count), orderEvents.Count);
        Assert.Equal(orderEvents.Count, orderEvents.Select(e => e.EventId).Distinct().Count());
        Assert.Equal(Dataset.CustomerVersions.Count, events.Count(e => e.Topic == Topics.Customers));
        Assert.Equal(Dataset.ExchangeRates.Count, events.Count(e => e.Topic == Topics.FxRates));
        var statuses = orderEvents.Select(e => e.Status).Distinct().Order().ToList();
        Assert.Equal(Enum.GetValues<OrderStatus>(), statuses);
    }

    [Fact]
    public void Build_ShouldKeyRecordsAsTheContractSays()
    {
        var events = EventStream.Build(Dataset, new EventStreamOptions());

        Assert.All(events, e =>
        {
            var expected = e.Payload switch
            {
                OrderEvent o => o.OrderNumber.ToString(CultureInfo.InvariantCulture),
                Customer c => c.CustomerKey.ToString(CultureInfo.InvariantCulture),
                ExchangeRate r => $"{r.Currency}:{r.Date:yyyy-MM-dd}",
                _ => throw new InvalidOperationException(e.Payload.GetType().Name),
            };
            Assert.Equal(expected, e.Key);
        });
        Assert.Contains(events, e => e.Key == "EUR:2024-03-01" && e.EventTime == new DateTime(2024, 3, 1, 0, 0, 0, DateTimeKind.Utc));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("2024-12-02", "2024-12-31")]
    public void Build_ShouldPublishCustomersAndRatesBeforeTheOrdersThatNeedThem(string? from, string? to)
    {
        var options = new EventStreamOptions
        {
            From = from is null ? null : DateOnly.Parse(from, CultureInfo.InvariantCulture),
            To = to is null ? null : DateOnly.Parse(to, CultureInfo.InvariantCulture),
            LateRate = 0.05,
        };
        var events = EventStream.Build(Dataset, options);
        var customers = new HashSet<int>();
        var rates = new HashSet<(string, DateOnly)>();
        var orderEvents = 0;
        foreach (var e in events)
        {
            switch (e.Payload)
            {
                case Customer c:
                    customers.Add(c.CustomerKey);
                    break;
                case ExchangeRate r:
                    rates.Add((r.Currency, r.Date));
                    break;
                case OrderEvent o:
                    orderEvents++;
                    Assert.Contains(o.CustomerKey, customers);
                    Assert.Contains((o.CurrencyCode, o.OrderDate), rates);
                    break;
            }
        }

        Assert.True(orderEvents > 0);
    }

    [Fact]
    public void Build_ForTheLast30Days_ShouldHoldOnlyThoseDaysOrderEventsAndTheirContextFirst()
    {
        var from = new DateOnly(2024, 12, 2);
        var events = EventStream.Build(Dataset, new EventStreamOptions { From = from, To = new DateOnly(2024, 12, 31) });
        var orders = events.Where(e => e.Topic == Topics.Orders).ToList();
        var expected = Dataset.Orders.SelectMany(o => o.History).Count(e => DateOnly.FromDateTime(e.EventTime) >= from);

        Assert.Equal(expected, orders.Count);
        Assert.Contains(orders, e => ((OrderEvent)e.Payload).OrderDate < from);
        var firstOrder = events.ToList().FindIndex(e => e.Topic == Topics.Orders);
        Assert.Contains(events.Take(firstOrder), e => e.Payload is ExchangeRate r && r.Date < from);
        Assert.Equal(30 * 5, events.Count(e => e.Payload is ExchangeRate r && r.Date >= from));
    }

    [Theory]
    [InlineData(-0.1, 0, "LateRate")]
    [InlineData(0, 1.5, "BadRate")]
    public void Build_WhenARateIsOutsideZeroToOne_ShouldThrowNamingIt(double lateRate, double badRate, string name)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => EventStream.Build(Dataset, new EventStreamOptions { LateRate = lateRate, BadRate = badRate }));
        Assert.Equal(name, ex.ParamName);
    }
}
