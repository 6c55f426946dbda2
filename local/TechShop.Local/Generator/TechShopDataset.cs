using TechShop.Core.Domain;

namespace TechShop.Local.Generator;

/// <summary>
/// A generated Tech Shop operational history: the catalogue, every customer version, daily exchange rates and
/// every order with its status history, for <see cref="Options"/>' period. Immutable once created.
/// </summary>
public sealed class TechShopDataset
{
    private readonly FxRateTable _rates;

    internal TechShopDataset(GeneratorOptions options, IReadOnlyList<Store> stores, IReadOnlyList<Product> products,
        IReadOnlyList<Customer> customerVersions, IReadOnlyList<ExchangeRate> exchangeRates, FxRateTable rates,
        IReadOnlyList<GeneratedOrder> orders)
    {
        Options = options;
        Stores = stores;
        Products = products;
        CustomerVersions = customerVersions;
        ExchangeRates = exchangeRates;
        Orders = orders;
        _rates = rates;
        CustomerCount = customerVersions.Select(c => c.CustomerKey).Distinct().Count();
        GrossRevenueUsd = orders.Sum(o => o.GrossRevenueUsd);
    }

    public GeneratorOptions Options { get; }

    /// <summary>The stores; the online store (key 0) first.</summary>
    public IReadOnlyList<Store> Stores { get; }

    public IReadOnlyList<Product> Products { get; }

    /// <summary>Every customer version (a move makes a new one), ordered by <see cref="Customer.ChangedAt"/>, then key.</summary>
    public IReadOnlyList<Customer> CustomerVersions { get; }

    /// <summary>Distinct customers (not versions).</summary>
    public int CustomerCount { get; }

    /// <summary>One rate per supported currency per day of the period, ordered by day then <see cref="Currencies.Supported"/>.</summary>
    public IReadOnlyList<ExchangeRate> ExchangeRates { get; }

    /// <summary>Orders in order-number order, which is the order they were placed in.</summary>
    public IReadOnlyList<GeneratedOrder> Orders { get; }

    /// <summary>Gross revenue in USD of all orders (CONTRACTS.md "Money and revenue").</summary>
    public decimal GrossRevenueUsd { get; }

    /// <summary>Average order value in USD, or 0 without orders.</summary>
    public decimal AverageOrderValueUsd => Orders.Count == 0 ? 0m : Money.Round(GrossRevenueUsd / Orders.Count);

    /// <summary>The rate of <paramref name="currency"/> on <paramref name="date"/>, when the period has one.</summary>
    public bool TryGetRate(string currency, DateOnly date, out decimal rateToUsd) => _rates.TryGetRate(currency, date, out rateToUsd);
}
