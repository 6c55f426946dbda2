namespace TechShop.Functions.Tests.Process;

/// <summary>Publishes the production bootstrap (functions/TechShop.Functions, every handler) as Native AOT, as the CDK asset is built.</summary>
public sealed class ProductionBootstrap() : PublishedAotExecutable(
    "functions/TechShop.Functions/TechShop.Functions.csproj",
    "aot-production-bootstrap",
    ["functions"]);
