using TechShop.Core.Enrichment;
using TechShop.Core.Realtime;

namespace TechShop.Core.Streaming;

/// <summary>The <c>processing_lag</c> rows of a batch: one per topic-partition slice of enriched orders, keyed by its first record.</summary>
internal static class LagRows
{
    /// <summary>Adds each slice's row to <paramref name="plan"/>, paired with every record it summarises (a failed write fails them all).</summary>
    public static void AddTo<TPartition, TPrimary>(
        WritePlan<ProcessingLagRow, TPartition, TPrimary> plan, BatchLedger ledger, EnrichedOrder?[] enriched, DateTime processedAt)
        where TPartition : notnull
        where TPrimary : notnull
    {
        var slices = new Dictionary<(string Topic, int Partition), List<int>>();
        for (var i = 0; i < enriched.Length; i++)
        {
            if (enriched[i] is null || ledger.IsBlocked(i))
            {
                continue;
            }

            var record = ledger.Batch[i];
            var key = (record.Topic, record.Partition);
            if (!slices.TryGetValue(key, out var slice))
            {
                slices.Add(key, slice = []);
            }

            slice.Add(i);
        }

        foreach (var slice in slices.Values)
        {
            // A batch holds each partition's records in offset order; sort only if a caller did not.
            var indexes = slice.ToArray();
            if (!InOffsetOrder(ledger, indexes))
            {
                Array.Sort(indexes, (a, b) => ledger.Batch[a].Offset.CompareTo(ledger.Batch[b].Offset));
            }

            var eventLags = new long[indexes.Length];
            var kafkaLags = new long[indexes.Length];
            for (var j = 0; j < indexes.Length; j++)
            {
                var order = enriched[indexes[j]]!;
                eventLags[j] = (long)order.EventLag.TotalMilliseconds;
                kafkaLags[j] = (long)order.KafkaLag.TotalMilliseconds;
            }

            var eventLag = LagSummary.Of(eventLags);
            var kafkaLag = LagSummary.Of(kafkaLags);
            var first = ledger.Batch[indexes[0]];
            var firstTime = RealtimeTime.Millisecond(first.Timestamp);
            var row = new ProcessingLagRow(
                RealtimeTime.Hour(firstTime), firstTime, first.Topic, first.Partition, first.Offset, ledger.Batch[indexes[^1]].Offset,
                indexes.Length, eventLag.P50Ms, eventLag.P99Ms, kafkaLag.P50Ms, kafkaLag.P99Ms, RealtimeTime.Millisecond(processedAt));
            plan.Add(row, indexes);
        }
    }

    private static bool InOffsetOrder(BatchLedger ledger, int[] indexes)
    {
        for (var j = 1; j < indexes.Length; j++)
        {
            if (ledger.Batch[indexes[j]].Offset < ledger.Batch[indexes[j - 1]].Offset)
            {
                return false;
            }
        }

        return true;
    }
}
