using System.Text.Json;
using TechShop.Lambda.Events.Scheduled;
using TechShop.Lambda.Serialization;

namespace TechShop.Lambda.Tests.Events;

public sealed class ScheduledEventTests
{
    [Fact]
    public void Deserialize_WhenDocumentedSample_ShouldReadDetailTypeTimeAndRule()
    {
        var json = """
            { "version": "0", "id": "5f0c7a1e-3b7d-4c55-9d3e-0a9b8c7d6e5f", "detail-type": "Scheduled Event",
              "source": "aws.events", "account": "111122223333", "time": "2026-03-01T02:00:00Z",
              "region": "eu-west-1", "resources": ["arn:aws:events:eu-west-1:111122223333:rule/nightly-snowflake-load"],
              "detail": {} }
            """;

        var scheduled = JsonSerializer.Deserialize(json, LambdaJsonContext.Default.ScheduledEvent)!;

        Assert.Equal(ScheduledEvent.ScheduledDetailType, scheduled.DetailType);
        Assert.Equal("aws.events", scheduled.Source);
        Assert.Equal("111122223333", scheduled.Account);
        Assert.Equal("eu-west-1", scheduled.Region);
        Assert.Equal("5f0c7a1e-3b7d-4c55-9d3e-0a9b8c7d6e5f", scheduled.Id);
        Assert.Equal(new DateTime(2026, 3, 1, 2, 0, 0, DateTimeKind.Utc), scheduled.Time.ToUniversalTime());
        Assert.Equal(["arn:aws:events:eu-west-1:111122223333:rule/nightly-snowflake-load"], scheduled.Resources);
    }

    [Fact]
    public void ForRule_ShouldSerializeTheEnvelopeWithSecondsPrecision()
    {
        var scheduled = ScheduledEvent.ForRule(
            "arn:aws:events:eu-west-1:000000000000:rule/silver-build",
            new DateTime(2026, 3, 1, 2, 0, 0, 999, DateTimeKind.Utc),
            "000000000000",
            "eu-west-1",
            Guid.Parse("5f0c7a1e-3b7d-4c55-9d3e-0a9b8c7d6e5f"));

        var json = JsonSerializer.Serialize(scheduled, LambdaJsonContext.Default.ScheduledEvent);

        Assert.Equal(
            """{"version":"0","id":"5f0c7a1e-3b7d-4c55-9d3e-0a9b8c7d6e5f","detail-type":"Scheduled Event","source":"aws.events","account":"000000000000","time":"2026-03-01T02:00:00Z","region":"eu-west-1","resources":["arn:aws:events:eu-west-1:000000000000:rule/silver-build"],"detail":{}}""",
            json);
    }
}
