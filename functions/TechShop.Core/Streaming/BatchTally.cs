using TechShop.Core.Enrichment;

namespace TechShop.Core.Streaming;

/// <summary>Counts where every record of a processed batch ended, once all its writes are done.</summary>
internal static class BatchTally
{
    public static StreamBatchOutcome Outcome(BatchLedger ledger, DecodedRecord[] decoded, EnrichedOrder?[] orders)
    {
        int written = 0, deadLettered = 0, leftForRetry = 0, ordersWritten = 0, customersWritten = 0, ratesWritten = 0;
        var byReason = new Dictionary<BadRecordKind, int>();
        decimal revenue = 0m;
        var eventLags = new List<long>();
        var kafkaLags = new List<long>();

        for (var i = 0; i < ledger.Batch.Count; i++)
        {
            if (ledger.IsBlocked(i))
            {
                leftForRetry++;
            }
            else if (ledger.DeadLetterOf(i) is { } plan)
            {
                if (!ledger.IsDeadLettered(i))
                {
                    throw new InvalidOperationException(
                        $"Record {ledger.Batch[i].Topic}-{ledger.Batch[i].Partition}@{ledger.Batch[i].Offset} was neither dead-lettered nor failed.");
                }

                deadLettered++;
                byReason[plan.Reason] = byReason.GetValueOrDefault(plan.Reason) + 1;
            }
            else
            {
                written++;
                switch (decoded[i].Kind)
                {
                    case DecodedKind.Order:
                        var order = orders[i]!;
                        ordersWritten++;
                        revenue += order.GrossUsd;
                        eventLags.Add((long)order.EventLag.TotalMilliseconds);
                        kafkaLags.Add((long)order.KafkaLag.TotalMilliseconds);
                        break;
                    case DecodedKind.Customer:
                        customersWritten++;
                        break;
                    case DecodedKind.ExchangeRate:
                        ratesWritten++;
                        break;
                    default:
                        throw new InvalidOperationException(
                            $"Record {ledger.Batch[i].Topic}-{ledger.Batch[i].Partition}@{ledger.Batch[i].Offset} was counted written without a value.");
                }
            }
        }

        return new StreamBatchOutcome(
            ledger.Batch.Count, written, deadLettered, leftForRetry, byReason, ledger.Failures(),
            ordersWritten, customersWritten, ratesWritten, revenue,
            LagSummary.Of(eventLags.ToArray()), LagSummary.Of(kafkaLags.ToArray()));
    }
}
