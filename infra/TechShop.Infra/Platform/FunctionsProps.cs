using Amazon.CDK.AWS.Lambda;
using TechShop.Infra.Configuration;
using TechShop.Infra.Keyspaces;

namespace TechShop.Infra.Platform;

/// <summary>What the functions are wired to.</summary>
public sealed record FunctionsProps(
    PlatformSettings Settings,
    Code Code,
    Network Network,
    Lake Lake,
    CqlSchema Schema,
    string SchemaRegistryUrl,
    WarehouseIntegration Warehouse);
