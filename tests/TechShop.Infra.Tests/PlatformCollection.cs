namespace TechShop.Infra.Tests;

/// <summary>Shares one synth per profile across every test class that asserts on templates.</summary>
[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<DevPlatform>, ICollectionFixture<ProdPlatform>, ICollectionFixture<ServerlessPlatform>
{
    public const string Name = "synthesized platform";
}
