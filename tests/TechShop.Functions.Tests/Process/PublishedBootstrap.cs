namespace TechShop.Functions.Tests.Process;

/// <summary>
/// Publishes the Lambda runtime's test function (test handlers on the same runtime loop) as a Native AOT bootstrap.
/// </summary>
public sealed class PublishedBootstrap() : PublishedAotExecutable(
    "tests/TechShop.Lambda.TestFunction/TechShop.Lambda.TestFunction.csproj",
    "aot-bootstrap",
    ["functions/TechShop.Lambda", "functions/TechShop.Core", "tests/TechShop.Lambda.TestFunction"]);
