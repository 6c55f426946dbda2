using TechShop.Local.Streaming;

namespace TechShop.Local.Pipeline;

/// <summary>What the hot path did: the delivery report, records acknowledged per (function, topic), enrich lags.</summary>
internal sealed record HotPathResult(
    ProduceReport Produced,
    IReadOnlyDictionary<(string Function, string Topic), long> Acknowledged,
    long[] EnrichLagsMs,
    int EnrichInvocations,
    double Seconds);
