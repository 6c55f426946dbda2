using TechShop.Core.Streaming;
using TechShop.Local.Kafka;

namespace TechShop.Local.Streaming;

/// <summary>The hot path's topics on the embedded cluster, with enough partitions that its ~5 MiB per partition holds a run.</summary>
public static class StreamTopics
{
    /// <summary>
    /// orders 6 partitions; customers and fx-rates 1 each, so reference data is consumed in publish order and a run can
    /// hold order batches until the rates and customers published before them are written. Replication factor 3.
    /// </summary>
    public static IReadOnlyList<TopicSpec> Specs { get; } =
    [
        new(Topics.Orders, 6, 3),
        new(Topics.Customers, 1, 3),
        new(Topics.FxRates, 1, 3),
    ];
}
