using TechShop.Core.Domain;
using TechShop.Local.Generator;

namespace TechShop.Local.Tests.Generator;

public sealed class GeneratorProfileTests(ScaleOneDataset fixture) : IClassFixture<ScaleOneDataset>
{
    private static readonly string[] ProfileCountries =
        ["Australia", "Canada", "France", "Germany", "Italy", "Netherlands", "United Kingdom", "United States"];

    private readonly TechShopDataset _dataset = fixture.Dataset;

    private static void AssertWithin5Percent(double expected, double actual) =>
        Assert.InRange(actual, expected * 0.95, expected * 1.05);

    [Fact]
    public void Create_AtScaleOne_ShouldHave67StoresIn8CountriesIncludingOneOnlineStore()
    {
        Assert.Equal(67, _dataset.Stores.Count);
        Assert.Single(_dataset.Stores, s => s.IsOnline);
        Assert.Equal(ProfileCountries, _dataset.Stores.Where(s => !s.IsOnline).Select(s => s.Country).Distinct().Order());
        Assert.All(_dataset.Stores.Where(s => s.IsOnline), s => Assert.Null(s.SquareMeters));
        Assert.All(_dataset.Stores.Where(s => !s.IsOnline), s => Assert.True(s.SquareMeters > 0));
    }

    [Fact]
    public void Create_AtScaleOne_ShouldHaveAbout15000CustomersAnd2500ProductsIn8Categories()
    {
        AssertWithin5Percent(15_000, _dataset.CustomerCount);
        AssertWithin5Percent(2_500, _dataset.Products.Count);
        Assert.Equal(8, _dataset.Products.Select(p => p.Category).Distinct().Count());
        Assert.True(_dataset.Products.Select(p => p.Brand).Distinct().Count() >= 5);
        Assert.True(_dataset.Products.Select(p => p.Color).Distinct().Count() >= 10);
        Assert.True(_dataset.Products.Select(p => p.Subcategory).Distinct().Count() >= 20);
        Assert.Equal(_dataset.Products.Count, _dataset.Products.Select(p => p.ProductKey).Distinct().Count());
    }

    [Fact]
    public void Create_AtScaleOne_ShouldPriceEveryProductAboveItsCost()
    {
        Assert.All(_dataset.Products, p => Assert.True(p.UnitCostUsd > 0 && p.UnitCostUsd < p.UnitPriceUsd, $"{p.ProductKey}: {p.UnitCostUsd} vs {p.UnitPriceUsd}"));
    }

    [Fact]
    public void Create_AtScaleOne_ShouldHaveAbout26000OrdersAnd63000LinesWorth55MillionUsd()
    {
        AssertWithin5Percent(26_000, _dataset.Orders.Count);
        AssertWithin5Percent(63_000, _dataset.Orders.Sum(o => o.Placed.Lines.Count));
        AssertWithin5Percent(2_100, (double)_dataset.AverageOrderValueUsd);
        AssertWithin5Percent(55_000_000, (double)_dataset.GrossRevenueUsd);
    }

    [Fact]
    public void Create_AtScaleOne_ShouldValueEveryOrderAtItsOrderDatesRate()
    {
        decimal total = 0;
        foreach (var order in _dataset.Orders)
        {
            var placed = order.Placed;
            Assert.True(_dataset.TryGetRate(placed.CurrencyCode, placed.OrderDate, out var rate), $"order {order.OrderNumber}: no {placed.CurrencyCode} rate on {placed.OrderDate}");
            var revenue = placed.Lines.Sum(l => Money.LineToUsd(l.Quantity, l.UnitPrice, rate));
            Assert.Equal(revenue, order.GrossRevenueUsd);
            total += revenue;
        }

        Assert.Equal(total, _dataset.GrossRevenueUsd);
    }

    [Fact]
    public void Create_AtScaleOne_ShouldHaveRatesForEveryCurrencyEveryDayNearRealLevels()
    {
        Assert.Equal(1826 * 5, _dataset.ExchangeRates.Count);
        var ranges = new Dictionary<string, (decimal Low, decimal High)>
        {
            ["USD"] = (1m, 1m), ["CAD"] = (0.60m, 0.90m), ["AUD"] = (0.55m, 0.85m), ["EUR"] = (0.90m, 1.35m), ["GBP"] = (1.05m, 1.55m),
        };
        Assert.All(_dataset.ExchangeRates, r => Assert.InRange(r.RateToUsd, ranges[r.Currency].Low, ranges[r.Currency].High));
    }

    [Fact]
    public void Create_AtScaleOne_ShouldChargeTheStoreCountrysCurrencyOrTheCustomersOnline()
    {
        var currencyOf = new Dictionary<string, string>
        {
            ["Australia"] = "AUD", ["Canada"] = "CAD", ["France"] = "EUR", ["Germany"] = "EUR", ["Italy"] = "EUR",
            ["Netherlands"] = "EUR", ["United Kingdom"] = "GBP", ["United States"] = "USD",
        };
        var stores = _dataset.Stores.ToDictionary(s => s.StoreKey);
        var versions = _dataset.CustomerVersions.ToLookup(c => c.CustomerKey);
        foreach (var order in _dataset.Orders.Select(o => o.Placed))
        {
            var store = stores[order.StoreKey];
            var customer = versions[order.CustomerKey].Last(c => c.ChangedAt < order.EventTime);
            var expected = store.IsOnline ? currencyOf[customer.Country] : currencyOf[store.Country];
            Assert.Equal(expected, order.CurrencyCode);
            Assert.Equal(store.IsOnline ? SalesChannel.Online : SalesChannel.InStore, order.Channel);
        }
    }

    [Fact]
    public void Create_AtScaleOne_ShouldNeverTakeCashOnlineAndShouldDeliverOnlyOnlineOrders()
    {
        var online = _dataset.Orders.Where(o => o.Placed.Channel == SalesChannel.Online).ToList();
        var inStore = _dataset.Orders.Where(o => o.Placed.Channel == SalesChannel.InStore).ToList();
        Assert.InRange(online.Count / (double)_dataset.Orders.Count, 0.15, 0.30);
        Assert.DoesNotContain(online, o => o.Placed.PaymentMethod == PaymentMethod.Cash);
        Assert.Contains(inStore, o => o.Placed.PaymentMethod == PaymentMethod.Cash);
        Assert.All(inStore.SelectMany(o => o.History), e => Assert.Null(e.DeliveryDate));
        var delivered = online.SelectMany(o => o.History).Where(e => e.Status == OrderStatus.Delivered).ToList();
        Assert.True(delivered.Count > online.Count * 0.9);
        Assert.All(delivered, e => Assert.InRange(e.DeliveryDate!.Value.DayNumber - e.OrderDate.DayNumber, 1, 10));
    }

    [Fact]
    public void Create_AtScaleOne_ShouldCancelAndReturnAtRealisticRates()
    {
        var cancelled = _dataset.Orders.Count(o => o.Current.Status == OrderStatus.Cancelled) / (double)_dataset.Orders.Count;
        var returned = _dataset.Orders.Count(o => o.Current.Status == OrderStatus.Returned) / (double)_dataset.Orders.Count;
        Assert.InRange(cancelled, 0.005, 0.05);
        Assert.InRange(returned, 0.02, 0.08);
    }

    [Fact]
    public void Create_AtScaleOne_ShouldKeepEachHistoryInTimeOrderStartingWithPlaced()
    {
        Assert.All(_dataset.Orders, o =>
        {
            Assert.Equal(OrderStatus.Placed, o.History[0].Status);
            Assert.Equal(DateOnly.FromDateTime(o.Placed.EventTime), o.Placed.OrderDate);
            for (var i = 1; i < o.History.Count; i++)
            {
                Assert.True(o.History[i].EventTime > o.History[i - 1].EventTime);
                Assert.Equal(o.OrderNumber, o.History[i].OrderNumber);
                Assert.Same(o.Placed.Lines, o.History[i].Lines);
            }
        });
        Assert.Equal(_dataset.Orders.Sum(o => o.History.Count), _dataset.Orders.SelectMany(o => o.History).Select(e => e.EventId).Distinct().Count());
    }

    [Fact]
    public void Create_AtScaleOne_ShouldPeakInNovemberAndDecemberAndOnWeekends()
    {
        var perDay = _dataset.Orders.GroupBy(o => o.Placed.OrderDate).ToDictionary(g => g.Key, g => g.Count());
        double MeanPerDay(Func<DateOnly, bool> which)
        {
            var days = Enumerable.Range(0, 1826).Select(i => new DateOnly(2021, 1, 1).AddDays(i)).Where(which).ToList();
            return days.Sum(d => perDay.GetValueOrDefault(d)) / (double)days.Count;
        }

        Assert.True(MeanPerDay(d => d.Month >= 11) > 1.4 * MeanPerDay(d => d.Month < 11));
        Assert.True(MeanPerDay(d => d.DayOfWeek == DayOfWeek.Saturday) > 1.3 * MeanPerDay(d => d.DayOfWeek == DayOfWeek.Tuesday));
    }

    [Fact]
    public void Create_AtScaleOne_ShouldOnlyTakeOrdersFromCustomersWhoHaveSignedUp()
    {
        var signedUp = _dataset.CustomerVersions.GroupBy(c => c.CustomerKey).ToDictionary(g => g.Key, g => g.Min(c => c.ChangedAt));
        Assert.All(_dataset.Orders, o => Assert.True(signedUp[o.Placed.CustomerKey] < o.Placed.EventTime));
    }

    [Fact]
    public void Create_AtScaleOne_ShouldMoveSomeCustomersWithALaterVersion()
    {
        var moved = _dataset.CustomerVersions.GroupBy(c => c.CustomerKey).Where(g => g.Count() > 1).ToList();
        Assert.InRange(moved.Count, 1_000, 2_500);
        Assert.All(moved, g =>
        {
            var versions = g.ToList();
            for (var i = 1; i < versions.Count; i++)
            {
                Assert.True(versions[i].ChangedAt > versions[i - 1].ChangedAt);
                Assert.True(versions[i].City != versions[i - 1].City || versions[i].Country != versions[i - 1].Country);
                Assert.Equal(versions[0].Name, versions[i].Name);
            }
        });
    }
}
