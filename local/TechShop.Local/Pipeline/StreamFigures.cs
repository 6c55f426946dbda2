namespace TechShop.Local.Pipeline;

/// <summary>
/// Hot-path figures: events produced, the time from the first produce to the last acknowledgement, and the
/// processing lag (Kafka record timestamp to the enrich invocation returning) at p50/p99.
/// </summary>
public sealed record StreamFigures(long Events, double Seconds, double EventsPerSecond, long LagSamples, long LagP50Ms, long LagP99Ms, long LagMaxMs, int EnrichInvocations);
