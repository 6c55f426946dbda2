using TechShop.Core.Enrichment;
using TechShop.Core.Realtime;

namespace TechShop.Core.Streaming;

/// <summary>The <c>processing_lag</c> rows of a batch: one per topic-partition slice of enriched orders, keyed by its first record.</summary>
internal static class LagRows
{
    /// <summary>Each slice's row, paired with every record it summarises (a failed write fails them all).</summary>
    public static List<(ProcessingLagRow Row, int Source)> Of(BatchLedger ledger, EnrichedOrder?[] enriched, DateTime processedAt)
    {
        var rows = new List<(ProcessingLagRow Row, int Source)>();
        foreach (var slice in Enumerable.Range(0, enriched.Length)
                     .Where(i => enriched[i] is not null && !ledger.IsBlocked(i))
                     .GroupBy(i => (ledger.Batch[i].Topic, ledger.Batch[i].Partition)))
        {
            var indexes = slice.OrderBy(i => ledger.Batch[i].Offset).ToArray();
            var first = ledger.Batch[indexes[0]];
            var eventLag = LagSummary.Of(indexes.Select(i => (long)enriched[i]!.EventLag.TotalMilliseconds).ToArray());
            var kafkaLag = LagSummary.Of(indexes.Select(i => (long)enriched[i]!.KafkaLag.TotalMilliseconds).ToArray());
            var firstTime = RealtimeTime.Millisecond(first.Timestamp);
            var row = new ProcessingLagRow(
                RealtimeTime.Hour(firstTime), firstTime, first.Topic, first.Partition, first.Offset, ledger.Batch[indexes[^1]].Offset,
                indexes.Length, eventLag.P50Ms, eventLag.P99Ms, kafkaLag.P50Ms, kafkaLag.P99Ms, RealtimeTime.Millisecond(processedAt));
            rows.AddRange(indexes.Select(i => (row, i)));
        }

        return rows;
    }
}
