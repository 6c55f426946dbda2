using TechShop.Core.Streaming;
using TechShop.Local.Kafka;

namespace TechShop.Local.Streaming;

/// <summary>The hot path's topics on the embedded cluster, with enough partitions that its ~5 MiB per partition holds a run.</summary>
public static class StreamTopics
{
    /// <summary>orders 6 partitions, customers 3, fx-rates 3; replication factor 3 on the 3-broker cluster.</summary>
    public static IReadOnlyList<TopicSpec> Specs { get; } =
    [
        new(Topics.Orders, 6, 3),
        new(Topics.Customers, 3, 3),
        new(Topics.FxRates, 3, 3),
    ];
}
