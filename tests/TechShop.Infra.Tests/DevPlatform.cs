namespace TechShop.Infra.Tests;

/// <summary>The dev profile with an external registry URL: the shape most tests assert.</summary>
public sealed class DevPlatform : SynthesizedPlatform
{
    public const string RegistryUrl = "https://registry.example.internal:8081";

    public DevPlatform()
        : base(new Dictionary<string, object>
        {
            ["env"] = "dev",
            ["techshop:schemaRegistryUrl"] = RegistryUrl,
            ["techshop:snowflakeAccount"] = "techshop-dev",
            ["techshop:snowflakeExternalId"] = "techshop-dev-ext-0001",
        })
    {
    }
}
