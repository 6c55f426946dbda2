using System.Text.Json.Serialization;

namespace TechShop.Lambda.Events.Scheduled;

/// <summary>
/// The event an EventBridge schedule rule sends (follows <c>Amazon.Lambda.CloudWatchEvents.ScheduledEvents.ScheduledEvent</c>).
/// </summary>
public sealed record ScheduledEvent
{
    /// <summary>The <c>detail-type</c> of every scheduled rule event.</summary>
    public const string ScheduledDetailType = "Scheduled Event";

    [JsonPropertyName("version")]
    public string? Version { get; init; }

    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("detail-type")]
    public required string DetailType { get; init; }

    /// <summary><c>aws.events</c> for a schedule rule.</summary>
    [JsonPropertyName("source")]
    public string? Source { get; init; }

    [JsonPropertyName("account")]
    public string? Account { get; init; }

    /// <summary>The scheduled fire time (UTC, seconds precision), not the delivery time.</summary>
    [JsonPropertyName("time")]
    public DateTime Time { get; init; }

    [JsonPropertyName("region")]
    public string? Region { get; init; }

    /// <summary>The rule ARN is the first resource.</summary>
    [JsonPropertyName("resources")]
    public IReadOnlyList<string> Resources { get; init => field = value ?? []; } = [];

    /// <summary>Empty for scheduled events.</summary>
    [JsonPropertyName("detail")]
    public ScheduledEventDetail Detail { get; init => field = value ?? new(); } = new();

    /// <summary>The event a rule named by <paramref name="ruleArn"/> sends when it fires at <paramref name="fireTime"/>.</summary>
    public static ScheduledEvent ForRule(string ruleArn, DateTime fireTime, string account, string region, Guid id)
    {
        ArgumentException.ThrowIfNullOrEmpty(ruleArn);
        var utc = fireTime.ToUniversalTime();
        return new ScheduledEvent
        {
            Version = "0",
            Id = id.ToString(),
            DetailType = ScheduledDetailType,
            Source = "aws.events",
            Account = account,
            Time = new DateTime(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc),
            Region = region,
            Resources = [ruleArn],
        };
    }
}
