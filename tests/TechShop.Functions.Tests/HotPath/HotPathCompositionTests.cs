using TechShop.Core.Domain;
using TechShop.Core.Realtime;
using TechShop.Functions.HotPath;

namespace TechShop.Functions.Tests.HotPath;

public sealed class HotPathCompositionTests
{
    [Fact]
    public void FunctionCatalog_ShouldRegisterBothHotPathHandlers()
    {
        var names = FunctionCatalog.Create().Names;

        Assert.Contains("stream-enrich", names);
        Assert.Contains("stream-archive", names);
    }

    [Fact]
    public void CreateStreamEnrich_WhenTheRegistryUrlIsMissing_ShouldFailNamingTheVariable()
    {
        var error = Assert.Throws<InvalidOperationException>(() => HotPathFunctions.CreateStreamEnrich(_ => null));

        Assert.StartsWith("TECHSHOP_SCHEMA_REGISTRY_URL is not set", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RegistryUrl_WhenTheValueIsNotAnHttpUrl_ShouldFailQuotingIt()
    {
        var error = Assert.Throws<InvalidOperationException>(() => HotPathFunctions.RegistryUrl(_ => "registry:8081"));

        Assert.Contains("'registry:8081' is not an absolute http(s) URL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateStreamEnrich_WithEverySetting_ShouldBuildWithoutConnecting()
    {
        var variables = new Dictionary<string, string>
        {
            ["TECHSHOP_SCHEMA_REGISTRY_URL"] = "http://127.0.0.1:1",
            ["TECHSHOP_LAKE_BUCKET"] = "techshop-lake",
            ["AWS_REGION"] = "eu-west-1",
        };

        var handler = HotPathFunctions.CreateStreamEnrich(name => variables.GetValueOrDefault(name));

        Assert.Equal("stream-enrich", handler.Name);
    }

    [Fact]
    public async Task LazyStore_WhenTheFirstConnectionFails_ShouldFailThatCallAndConnectAgainOnTheNext()
    {
        var attempts = 0;
        var inner = new InMemoryRealtimeStore();
        var store = new LazyRealtimeStore(_ => ++attempts == 1
            ? throw new IOException("connection refused (test)")
            : Task.FromResult<IRealtimeStore>(inner));
        var rate = new ExchangeRate(new DateOnly(2025, 3, 1), "EUR", 1.08m);

        await Assert.ThrowsAsync<IOException>(() => store.UpsertExchangeRatesAsync([rate]));
        Assert.False(store.IsConnected);
        await store.UpsertExchangeRatesAsync([rate]);
        await store.UpsertExchangeRatesAsync([rate]);

        Assert.Equal(2, attempts);
        Assert.True(store.IsConnected);
        Assert.Equal(rate, await inner.GetExchangeRateAsync("EUR", rate.Date));
    }
}
