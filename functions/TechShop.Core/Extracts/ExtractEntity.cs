namespace TechShop.Core.Extracts;

/// <summary>
/// The entities of the operational database's daily export. Each lands as JSON Lines, one object per row,
/// with snake_case names of the row record's properties (see docs/extracts.md for the column contract).
/// </summary>
public static class ExtractEntity
{
    public const string Customers = "customers";
    public const string Products = "products";
    public const string Stores = "stores";
    public const string ExchangeRates = "exchange_rates";
    public const string Orders = "orders";
    public const string OrderLines = "order_lines";

    public static IReadOnlyList<string> All { get; } = [Customers, Products, Stores, ExchangeRates, Orders, OrderLines];
}
