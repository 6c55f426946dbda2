namespace TechShop.Local.Dashboard;

/// <summary>
/// Where the live panels end: the newest order event and the newest processing-lag slice in the realtime store.
/// A run replays the generator's history, so "live" is the stream's own time, not the wall clock.
/// </summary>
public sealed record LiveHorizon(DateTime? LastEventTime, DateTime? LastLagRecordTime)
{
    /// <summary>A store with nothing in it yet.</summary>
    public static LiveHorizon Empty { get; } = new(null, null);
}
