namespace TechShop.Local.Generator;

/// <summary>One of the eight catalogue categories: how many products, their subcategories, brands and price level.</summary>
internal sealed record ProductCategory(
    string Name,
    int ProductCount,
    double MedianPriceUsd,
    string[] Subcategories,
    string[] Brands);
