namespace TechShop.Local.Streaming;

/// <summary>What a producer run delivered, from the brokers' delivery reports, per topic.</summary>
public sealed record ProduceReport(
    IReadOnlyDictionary<string, long> DeliveredByTopic,
    IReadOnlyDictionary<string, long> FailedByTopic,
    TimeSpan Elapsed)
{
    /// <summary>Records the brokers acknowledged.</summary>
    public long Delivered => DeliveredByTopic.Values.Sum();

    /// <summary>Records the brokers refused or that timed out.</summary>
    public long Failed => FailedByTopic.Values.Sum();
}
