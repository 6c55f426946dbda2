using Amazon.CDK;
using TechShop.Infra.Configuration;
using TechShop.Infra.Keyspaces;

namespace TechShop.Infra.Tests;

[Collection(PlatformCollection.Name)]
public sealed class StackValidationTests
{
    [Fact]
    public void Stack_WhenBrokersDoNotSpreadEvenlyOverTheZones_ShouldNameTheBrokerCountKey()
    {
        var app = new App(new AppProps { Context = new Dictionary<string, object> { ["aws:cdk:bundling-stacks"] = Array.Empty<string>() } });
        var settings = PlatformSettingsReader.Read(new ContextReader(key => key == "techshop:brokerCount" ? "3" : null));
        var schema = CqlSchemaParser.ParseDirectory(SynthesizedPlatform.FixtureDdlDirectory, ContextKeys.KeyspacesDdlDirectory);

        var error = Assert.Throws<InvalidContextException>(() => new TechShopStack(app, settings, schema, SynthesizedPlatform.RepositoryRoot));

        Assert.Equal("Context key 'techshop:brokerCount' expected a multiple of the 2 availability zones the VPC spans (MSK spreads brokers evenly), got '3'.", error.Message);
    }
}
