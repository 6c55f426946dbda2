using System.Text.Json.Nodes;
using TechShop.Core.Realtime;
using static TechShop.Local.Tests.Dashboard.DashboardFixture;

namespace TechShop.Local.Tests.Dashboard;

/// <summary>The live endpoints answer exactly what the realtime store answers for the window ending at the newest event.</summary>
public sealed class LiveEndpointTests(DashboardFixture fixture) : IClassFixture<DashboardFixture>
{
    private DateTime WindowEnd => fixture.Data.LastOrderEventTime.AddMilliseconds(1);

    [Fact]
    public async Task Summary_ShouldReportTheStoreCountsAndTheGeneratorsGrossRevenue()
    {
        var json = await fixture.GetAsync("api/live/summary");
        var counts = await fixture.Data.Realtime.GetCountsAsync();
        var dataset = fixture.Data.Dataset;

        Assert.True(JsonNode.DeepEquals(ToNode(counts), json["counts"]), json["counts"]!.ToJsonString());
        Assert.Equal(fixture.Data.LastOrderEventTime, json["lastEventTime"]!.GetValue<DateTime>());
        Assert.Equal(dataset.Orders.Count, json["orders"]!.GetValue<int>());
        Assert.Equal(dataset.GrossRevenueUsd, json["grossRevenueUsd"]!.GetValue<decimal>());
        Assert.Equal(counts.Orders, json["orders"]!.GetValue<long>());
        Assert.Equal(dataset.Orders.Select(o => o.Placed.OrderDate).Distinct().Count(), json["orderDates"]!.GetValue<int>());
        Assert.Equal(
            json["grossRevenueUsd"]!.GetValue<decimal>() - json["atRiskBeforeFulfilmentUsd"]!.GetValue<decimal>() - json["atRiskAfterFulfilmentUsd"]!.GetValue<decimal>(),
            json["netRevenueUsd"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Revenue_ShouldEqualTheStoresRevenueOfTheLastThirtyOrderDates()
    {
        var json = await fixture.GetAsync("api/live/revenue?days=30");
        var last = DateOnly.FromDateTime(fixture.Data.LastOrderEventTime);
        var expected = await fixture.Data.Realtime.GetRevenueByOrderDateAsync(last.AddDays(-29), last);

        Assert.Equal(new DateOnly(2024, 3, 31), last);
        Assert.Equal(28, expected.Count);
        Assert.True(JsonNode.DeepEquals(ToNode(expected), json["items"]));
        Assert.Equal("2024-03-31", json["day"]!.GetValue<string>());
    }

    [Fact]
    public async Task OrdersPerMinute_ShouldEqualTheStoresMinutesOfTheWindowEndingAtTheNewestEvent()
    {
        var json = await fixture.GetAsync("api/live/orders-per-minute?minutes=1440");
        var expected = await fixture.Data.Realtime.GetOrdersPerMinuteAsync(WindowEnd.AddMinutes(-1440), WindowEnd);

        Assert.NotEmpty(expected);
        Assert.Equal(WindowEnd, json["to"]!.GetValue<DateTime>());
        Assert.Equal(WindowEnd.AddDays(-1), json["from"]!.GetValue<DateTime>());
        Assert.True(JsonNode.DeepEquals(ToNode(expected), json["items"]));
    }

    [Fact]
    public async Task RecentOrders_ShouldEqualTheStoresNewestEventsUpToTheLimit()
    {
        var json = await fixture.GetAsync("api/live/recent-orders?limit=12&minutes=1440");
        var expected = await fixture.Data.Realtime.GetRecentOrderEventsAsync(WindowEnd.AddDays(-1), WindowEnd, 12);

        Assert.Equal(12, expected.Count);
        Assert.Equal(fixture.Data.LastOrderEventTime, expected[0].EventTime);
        Assert.True(JsonNode.DeepEquals(ToNode(expected), json["items"]));
    }

    [Fact]
    public async Task PaymentMix_ShouldEqualTheStoresMixOfTheWindow()
    {
        var json = await fixture.GetAsync("api/live/payment-mix?minutes=1440");
        var expected = await fixture.Data.Realtime.GetPaymentMixAsync(WindowEnd.AddDays(-1), WindowEnd);

        Assert.NotEmpty(expected);
        Assert.True(JsonNode.DeepEquals(ToNode(expected), json["items"]));
    }

    [Fact]
    public async Task TopProducts_ShouldEqualTheStoresBestSellersOfTheNewestEventsDate()
    {
        var json = await fixture.GetAsync("api/live/top-products?limit=10");
        var expected = await fixture.Data.Realtime.GetTopProductsAsync(new DateOnly(2024, 3, 31), 10);

        Assert.Equal(10, expected.Count);
        Assert.True(JsonNode.DeepEquals(ToNode(expected), json["items"]));
    }

    [Fact]
    public async Task Alerts_ShouldEqualTheStoresCancellationsAndReturnsOfTheNewestEventsDate()
    {
        var json = await fixture.GetAsync("api/live/alerts");
        var expected = await fixture.Data.Realtime.GetOrderAlertsAsync(new DateOnly(2024, 3, 31));

        Assert.NotEmpty(expected);
        Assert.True(JsonNode.DeepEquals(ToNode(expected), json["items"]));
    }

    [Fact]
    public async Task Lag_ShouldEqualTheStoresSlicesOfTheWindowEndingAtTheNewestSlice()
    {
        var json = await fixture.GetAsync("api/live/lag?minutes=1440");
        var to = json["to"]!.GetValue<DateTime>();
        var expected = await fixture.Data.Realtime.GetProcessingLagAsync(to.AddDays(-1), to);

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Max(l => l.FirstRecordTime).AddMilliseconds(1), to);
        Assert.True(JsonNode.DeepEquals(ToNode(expected), json["items"]));
    }

    [Theory]
    [InlineData("api/live/orders-per-minute?minutes=0", "minutes")]
    [InlineData("api/live/recent-orders?limit=abc", "limit")]
    [InlineData("api/live/revenue?days=-3", "days")]
    public async Task LiveEndpoint_WhenAParameterIsOutOfRange_ShouldAnswer400NamingIt(string path, string parameter)
    {
        using var response = await fixture.Http.GetAsync(path);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!.GetValue<string>();

        Assert.Equal(400, (int)response.StatusCode);
        Assert.StartsWith($"Query parameter '{parameter}': expected a whole number", error, StringComparison.Ordinal);
    }
}
