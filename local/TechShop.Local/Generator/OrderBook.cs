using TechShop.Core.Domain;

namespace TechShop.Local.Generator;

/// <summary>
/// Generates the orders of the period, day by day: volume by <see cref="Seasonality"/>, customers who have already
/// signed up (long-standing ones order more), a store in the customer's country or the online store, the currency
/// of the store's country (online: of the customer's country), a payment method that fits the channel, and lines
/// priced in that currency at the order date's rate.
/// </summary>
internal sealed class OrderBook
{
    /// <summary>Orders per day at scale 1: the profile's ~26,000 orders over the five years 2021–2025.</summary>
    public const double BaseOrdersPerDay = 26_000.0 / 1_826;

    public const double OnlineShare = 0.21;

    private static readonly PaymentMethod[] OnlinePayments = [PaymentMethod.CreditCard, PaymentMethod.PayPal, PaymentMethod.DebitCard, PaymentMethod.ApplePay, PaymentMethod.GiftCard];
    private static readonly WeightedChoice OnlinePaymentChoice = new([0.50, 0.20, 0.15, 0.12, 0.03]);
    private static readonly PaymentMethod[] StorePayments = [PaymentMethod.CreditCard, PaymentMethod.DebitCard, PaymentMethod.Cash, PaymentMethod.ApplePay, PaymentMethod.GiftCard];
    private static readonly WeightedChoice StorePaymentChoice = new([0.40, 0.25, 0.18, 0.12, 0.05]);

    private readonly SeededRandom _random;
    private readonly GeneratorOptions _options;
    private readonly IReadOnlyList<Store> _stores;
    private readonly IReadOnlyList<Product> _products;
    private readonly WeightedChoice _productChoice;
    private readonly FxRateTable _rates;
    private readonly long[] _signUpTicks;
    private readonly Dictionary<int, List<Customer>> _versions;
    private readonly Dictionary<string, Store[]> _physicalStores;

    public OrderBook(SeededRandom random, GeneratorOptions options, IReadOnlyList<Store> stores, IReadOnlyList<Product> products,
        double[] popularity, IReadOnlyList<Customer> customerVersions, FxRateTable rates)
    {
        _random = random;
        _options = options;
        _stores = stores;
        _products = products;
        _productChoice = new WeightedChoice(popularity);
        _rates = rates;
        _physicalStores = stores.Where(s => !s.IsOnline).GroupBy(s => s.Country).ToDictionary(g => g.Key, g => g.ToArray());
        _versions = customerVersions.GroupBy(c => c.CustomerKey).ToDictionary(g => g.Key, g => g.OrderBy(c => c.ChangedAt).ToList());
        _signUpTicks = _versions.OrderBy(kv => kv.Key).Select(kv => kv.Value[0].ChangedAt.Ticks).ToArray();
    }

    public List<GeneratedOrder> Create()
    {
        var orders = new List<GeneratedOrder>();
        var periodEnd = _options.To.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var days = Enumerable.Range(0, _options.To.DayNumber - _options.From.DayNumber + 1).Select(_options.From.AddDays).ToArray();
        var meanWeight = days.Average(Seasonality.Weight);
        var lineCounts = new WeightedChoice(ProductCatalog.LineCountWeights);
        var quantities = new WeightedChoice(ProductCatalog.QuantityWeights);
        var onlineHours = new WeightedChoice(Seasonality.HourWeights(online: true));
        var storeHours = new WeightedChoice(Seasonality.HourWeights(online: false));
        long orderNumber = 100_000;

        foreach (var day in days)
        {
            var count = _random.NextPoisson(BaseOrdersPerDay * _options.Scale * Seasonality.Weight(day) / meanWeight);
            var drafts = new List<(DateTime At, Customer Customer, Store Store)>(count);
            for (var i = 0; i < count; i++)
            {
                var online = _random.Chance(OnlineShare);
                var at = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddTicks((long)(_random.NextDouble() * TimeSpan.TicksPerHour));
                var localHour = (online ? onlineHours : storeHours).Next(_random);
                var customer = PickCustomer(at.AddHours(LocalToUtcHour(localHour, 0)));
                if (customer is null)
                {
                    continue;
                }

                var country = Geography.Country(customer.Country);
                at = at.AddHours(LocalToUtcHour(localHour, country.UtcOffsetHours));
                at = at.AddTicks(-(at.Ticks % TimeSpan.TicksPerMillisecond));
                customer = VersionAt(customer.CustomerKey, at);
                if (customer.ChangedAt >= at)
                {
                    continue;
                }

                var store = online ? _stores[0] : PickStore(customer.Country, day) ?? _stores[0];
                drafts.Add((at, customer, store));
            }

            foreach (var (at, customer, store) in drafts.OrderBy(d => d.At).ThenBy(d => d.Customer.CustomerKey))
            {
                var country = Geography.Country(store.IsOnline ? customer.Country : store.Country);
                var placed = Place(++orderNumber, at, customer, store, country.Currency, lineCounts, quantities, out var revenueUsd);
                var history = OrderLifecycle.History(_random, placed, Geography.Country(customer.Country).UtcOffsetHours, periodEnd);
                orders.Add(new GeneratedOrder(orderNumber, revenueUsd, history));
            }
        }

        return orders;
    }

    private OrderEvent Place(long orderNumber, DateTime at, Customer customer, Store store, string currency,
        WeightedChoice lineCounts, WeightedChoice quantities, out decimal revenueUsd)
    {
        var orderDate = DateOnly.FromDateTime(at);
        var rate = _rates.RateToUsd(currency, orderDate);
        var lineCount = lineCounts.Next(_random) + 1;
        var lines = new List<OrderLine>(lineCount);
        var chosen = new HashSet<int>();
        revenueUsd = 0m;
        for (var n = 1; n <= lineCount; n++)
        {
            var product = _products[_productChoice.Next(_random)];
            for (var retry = 0; retry < 5 && !chosen.Add(product.ProductKey); retry++)
            {
                product = _products[_productChoice.Next(_random)];
            }

            var quantity = quantities.Next(_random) + 1;
            // The till converts the USD list price at the day's rate and charges whole cents.
            var unitPrice = currency == Currencies.Usd ? product.UnitPriceUsd : Money.Round(product.UnitPriceUsd / rate);
            lines.Add(new OrderLine(n, product.ProductKey, quantity, unitPrice));
            revenueUsd += Money.LineToUsd(quantity, unitPrice, rate);
        }

        var payment = store.IsOnline
            ? OnlinePayments[OnlinePaymentChoice.Next(_random)]
            : StorePayments[StorePaymentChoice.Next(_random)];
        return new OrderEvent(_random.NextGuid(), OrderStatus.Placed, orderNumber, at, orderDate, null, customer.CustomerKey,
            store.StoreKey, store.IsOnline ? SalesChannel.Online : SalesChannel.InStore, currency, payment, lines);
    }

    /// <summary>A customer signed up before <paramref name="at"/>; earlier sign-ups are likelier (loyal customers).</summary>
    private Customer? PickCustomer(DateTime at)
    {
        var signedUp = Array.BinarySearch(_signUpTicks, at.Ticks);
        signedUp = signedUp < 0 ? ~signedUp : signedUp;
        if (signedUp == 0)
        {
            return null;
        }

        var index = (int)(signedUp * Math.Pow(_random.NextDouble(), 1.3));
        return _versions[index + 1][0];
    }

    private Customer VersionAt(int customerKey, DateTime at)
    {
        var versions = _versions[customerKey];
        var current = versions[0];
        foreach (var version in versions)
        {
            if (version.ChangedAt < at)
            {
                current = version;
            }
        }

        return current;
    }

    /// <summary>A physical store of the country open on <paramref name="day"/>, bigger stores likelier; null when none is.</summary>
    private Store? PickStore(string country, DateOnly day)
    {
        var stores = _physicalStores.GetValueOrDefault(country, []);
        var totalArea = stores.Where(s => s.OpenDate <= day).Sum(s => s.SquareMeters!.Value);
        var target = _random.NextDouble() * totalArea;
        foreach (var store in stores.Where(s => s.OpenDate <= day))
        {
            target -= store.SquareMeters!.Value;
            if (target < 0)
            {
                return store;
            }
        }

        return null;
    }

    private static int LocalToUtcHour(int localHour, int utcOffsetHours) => ((localHour - utcOffsetHours) % 24 + 24) % 24;
}
