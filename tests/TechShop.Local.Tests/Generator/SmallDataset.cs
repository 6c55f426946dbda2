using TechShop.Local.Generator;

namespace TechShop.Local.Tests.Generator;

/// <summary>A quick dataset for stream and extract tests: one year at a fifth of the profile.</summary>
internal static class SmallDataset
{
    public static GeneratorOptions Options { get; } = new() { Seed = 7, Scale = 0.2, From = new DateOnly(2024, 1, 1), To = new DateOnly(2024, 12, 31) };

    public static TechShopDataset Create(int seed = 7) => TechShopGenerator.Create(Options with { Seed = seed });
}
