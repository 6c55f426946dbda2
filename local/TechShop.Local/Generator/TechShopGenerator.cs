namespace TechShop.Local.Generator;

/// <summary>Generates the Tech Shop dataset; deterministic: the same options give the same dataset.</summary>
public static class TechShopGenerator
{
    /// <summary>The ~$2.1k average order value of the Tech Shop profile, in USD.</summary>
    public const double TargetOrderValueUsd = 2_100;

    /// <summary>Creates the dataset for <paramref name="options"/> (validated first).</summary>
    public static TechShopDataset Create(GeneratorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var root = new SeededRandom((ulong)(uint)options.Seed);
        var stores = StoreCatalog.Create(root.Fork("stores"), options.From);
        var (products, popularity) = ProductCatalog.Create(root.Fork("products"), TargetOrderValueUsd);
        var customerCount = Math.Max(1, (int)Math.Round(CustomerPopulation.BaseCustomers * options.Scale));
        var customers = CustomerPopulation.Create(root.Fork("customers"), customerCount, options.From, options.To);
        var exchangeRates = FxRateWalk.Create(root.Fork("fx-rates"), options.From, options.To);
        var rates = new FxRateTable(exchangeRates);
        var orders = new OrderBook(root.Fork("orders"), options, stores, products, popularity, customers, rates).Create();
        return new TechShopDataset(options, stores, products, customers, exchangeRates, rates, orders);
    }
}
