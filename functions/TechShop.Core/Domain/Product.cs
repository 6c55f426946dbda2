namespace TechShop.Core.Domain;

/// <summary>A catalogue product; cost and list price are kept in USD, cost below price.</summary>
public sealed record Product(
    int ProductKey,
    string Name,
    string Brand,
    string Color,
    string Category,
    string Subcategory,
    decimal UnitCostUsd,
    decimal UnitPriceUsd);
