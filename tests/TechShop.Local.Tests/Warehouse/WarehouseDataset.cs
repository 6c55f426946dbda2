using TechShop.Core.Domain;
using TechShop.Core.Extracts;

namespace TechShop.Local.Tests.Warehouse;

/// <summary>
/// A deterministic retailer's history: catalogue, customers (some of whom move), daily rates, orders whose status
/// changes on later days. Each row carries the day its extract holds it; <see cref="ExtractWriter"/> writes the files.
/// </summary>
internal sealed class WarehouseDataset
{
    public static readonly (string Country, string State, string City, string Continent, string Currency)[] Places =
    [
        ("United States", "WA", "Seattle", "North America", "USD"),
        ("Canada", "ON", "Toronto", "North America", "CAD"),
        ("Australia", "NSW", "Sydney", "Australia", "AUD"),
        ("France", "IDF", "Paris", "Europe", "EUR"),
        ("Germany", "BE", "Berlin", "Europe", "EUR"),
        ("Italy", "RM", "Rome", "Europe", "EUR"),
        ("Netherlands", "NH", "Amsterdam", "Europe", "EUR"),
        ("United Kingdom", "LND", "London", "Europe", "GBP"),
    ];

    private static readonly string[] Brands = ["Contoso", "Fabrikam", "Litware", "Proseware", "Adventure Works", "Northwind"];
    private static readonly string[] Categories = ["Audio", "Cameras", "Computers", "Phones", "TV and Video", "Games", "Home Appliances", "Music"];
    private static readonly Dictionary<string, decimal> BaseRates = new() { ["CAD"] = 0.74m, ["AUD"] = 0.66m, ["EUR"] = 1.08m, ["GBP"] = 1.27m };

    public required DateOnly FirstDay { get; init; }
    public required DateOnly LastDay { get; init; }
    public List<(DateOnly Day, Customer Row)> Customers { get; } = [];
    public List<(DateOnly Day, Product Row)> Products { get; } = [];
    public List<(DateOnly Day, Store Row)> Stores { get; } = [];
    public List<(DateOnly Day, ExchangeRate Row)> Rates { get; } = [];
    public List<(DateOnly Day, OrderRow Row)> Orders { get; } = [];
    public List<(DateOnly Day, OrderLineRow Row)> Lines { get; } = [];

    /// <summary>Builds <paramref name="orders"/> orders spread over <paramref name="days"/> days from 2021-01-04.</summary>
    public static WarehouseDataset Build(int orders, int days, int customers, int products, int seed = 7)
    {
        var random = new Random(seed);
        var first = new DateOnly(2021, 1, 4);
        var data = new WarehouseDataset { FirstDay = first, LastDay = first.AddDays(days - 1) };
        for (var s = 0; s < Places.Length; s++)
        {
            var p = Places[s];
            data.Stores.Add((first, new Store(s + 1, $"Tech Shop {p.City}", p.Country, p.State, 400 + (s * 75), new DateOnly(2015, 3, 1).AddDays(s * 40), false)));
        }

        data.Stores.Add((first, new Store(Places.Length + 1, "Tech Shop Online", "Online", "Online", null, new DateOnly(2016, 1, 1), true)));
        for (var k = 1; k <= products; k++)
        {
            var cost = Math.Round(5m + (decimal)random.Next(0, 150_000) / 100m, 2);
            var price = Math.Round(cost * (1.2m + (decimal)random.Next(0, 80) / 100m), 2);
            data.Products.Add((first, new Product(k, $"Product {k}", Brands[k % Brands.Length], k % 2 == 0 ? "Black" : "White",
                Categories[k % Categories.Length], $"Sub {k % 20}", cost, price)));
        }

        for (var k = 1; k <= customers; k++)
        {
            var p = Places[k % Places.Length];
            data.Customers.Add((first, new Customer(k, $"Customer {k}", k % 2 == 0 ? "Female" : "Male",
                new DateOnly(1950, 1, 1).AddDays(random.Next(0, 18_000)), p.City, p.State, p.Country, p.Continent,
                first.ToDateTime(new TimeOnly(6, 0), DateTimeKind.Utc))));
        }

        for (var day = first; day <= data.LastDay; day = day.AddDays(1))
        {
            foreach (var (currency, rate) in BaseRates)
            {
                var drift = 1m + (decimal)(random.Next(-3000, 3000)) / 100_000m;
                data.Rates.Add((day, new ExchangeRate(day, currency, Math.Round(rate * drift, 6))));
            }
        }

        var perDay = (double)orders / days;
        for (var n = 0; n < orders; n++)
        {
            var day = first.AddDays((int)(n / perDay));
            data.AddOrder(random, 100_000 + n, day, customers, products);
        }

        return data;
    }

    /// <summary>The Monday starting the week of <paramref name="day"/>: the file day of weekly extracts.</summary>
    public DateOnly WeekOf(DateOnly day) => day.AddDays(-((day.DayNumber - FirstDay.DayNumber) % 7));

    private readonly Dictionary<(DateOnly, string), decimal> _rateIndex = [];

    public decimal RateOf(DateOnly day, string currency)
    {
        if (currency == Currencies.Usd)
        {
            return 1m;
        }

        if (_rateIndex.Count != Rates.Count)
        {
            _rateIndex.Clear();
            foreach (var (_, rate) in Rates)
            {
                _rateIndex[(rate.Date, rate.Currency)] = rate.RateToUsd;
            }
        }

        return _rateIndex[(day, currency)];
    }

    /// <summary>A customer's move: a new version with another city, state and country, in that day's extract.</summary>
    public Customer Move(int customerKey, DateOnly day, int placeIndex)
    {
        var current = Customers.Where(c => c.Row.CustomerKey == customerKey).OrderBy(c => c.Row.ChangedAt).Last().Row;
        var p = Places[placeIndex];
        var moved = current with
        {
            City = p.City, State = p.State, Country = p.Country, Continent = p.Continent,
            ChangedAt = day.ToDateTime(new TimeOnly(12, 30), DateTimeKind.Utc),
        };
        Customers.Add((day, moved));
        return moved;
    }

    /// <summary>An order of one line (product 1, two units) by <paramref name="customerKey"/> in their own store.</summary>
    public OrderRow AddOrderFor(long number, DateOnly day, int customerKey, int? storeKey = null, string? currency = null)
    {
        var place = customerKey % Places.Length;
        var header = new OrderRow(number, day, null, customerKey, storeKey ?? place + 1, SalesChannel.InStore,
            currency ?? Places[place].Currency, PaymentMethod.CreditCard, OrderStatus.Placed, day.ToDateTime(new TimeOnly(15, 0), DateTimeKind.Utc));
        Orders.Add((day, header));
        Lines.Add((day, new OrderLineRow(number, 1, 1, 2, 99.99m, header.UpdatedAt)));
        return header;
    }

    private void AddOrder(Random random, long number, DateOnly day, int customers, int products)
    {
        var customerKey = random.Next(1, customers + 1);
        var online = random.Next(0, 4) == 0;
        var place = customerKey % Places.Length;
        var storeKey = online ? Places.Length + 1 : place + 1;
        var currency = Places[place].Currency;
        var rate = RateOf(day, currency);
        var created = day.ToDateTime(new TimeOnly(9, 0).Add(TimeSpan.FromSeconds(number % 30_000)), DateTimeKind.Utc);
        var header = new OrderRow(number, day, null, customerKey, storeKey, online ? SalesChannel.Online : SalesChannel.InStore,
            currency, (PaymentMethod)random.Next(0, 6), OrderStatus.Placed, created);
        Orders.Add((day, header));
        var lineCount = random.Next(1, 5);
        for (var line = 1; line <= lineCount; line++)
        {
            var product = Products[random.Next(0, products)].Row;
            var unitPrice = Math.Round(product.UnitPriceUsd / rate, 2, MidpointRounding.AwayFromZero);
            Lines.Add((day, new OrderLineRow(number, line, product.ProductKey, random.Next(1, 4), unitPrice, created)));
        }

        // Later status changes arrive in later days' extracts (late events): delivered, cancelled or returned.
        var fate = random.Next(0, 10);
        if (fate < 7 && day.AddDays(3) <= LastDay)
        {
            Orders.Add((day.AddDays(3), header with { Status = OrderStatus.Delivered, DeliveryDate = day.AddDays(3), UpdatedAt = created.AddDays(3) }));
        }
        else if (fate == 7 && day.AddDays(1) <= LastDay)
        {
            Orders.Add((day.AddDays(1), header with { Status = OrderStatus.Cancelled, UpdatedAt = created.AddDays(1) }));
        }
        else if (fate == 8 && day.AddDays(10) <= LastDay)
        {
            Orders.Add((day.AddDays(3), header with { Status = OrderStatus.Delivered, DeliveryDate = day.AddDays(3), UpdatedAt = created.AddDays(3) }));
            Orders.Add((day.AddDays(10), header with { Status = OrderStatus.Returned, DeliveryDate = day.AddDays(3), UpdatedAt = created.AddDays(10) }));
        }
    }
}
