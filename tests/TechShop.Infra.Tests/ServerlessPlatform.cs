namespace TechShop.Infra.Tests;

/// <summary>The local (LocalStack) profile with MSK Serverless.</summary>
public sealed class ServerlessPlatform : SynthesizedPlatform
{
    public ServerlessPlatform()
        : base(new Dictionary<string, object>
        {
            ["env"] = "local",
            ["techshop:kafkaMode"] = "serverless",
            ["techshop:schemaRegistryUrl"] = "http://localhost:8081",
        })
    {
    }
}
