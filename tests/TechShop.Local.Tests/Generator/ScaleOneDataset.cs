using TechShop.Local.Generator;

namespace TechShop.Local.Tests.Generator;

/// <summary>The default dataset (seed 42, scale 1, 2021–2025), generated once for the profile tests.</summary>
public sealed class ScaleOneDataset
{
    public TechShopDataset Dataset { get; } = TechShopGenerator.Create(new GeneratorOptions());
}
