namespace TechShop.Core.Streaming;

/// <summary>
/// What became of a batch: every record is written, dead-lettered, or left for retry (its partition reported from
/// the first failed offset), so <c>RecordsIn = Written + DeadLettered + LeftForRetry</c>.
/// </summary>
public sealed record StreamBatchOutcome(
    int RecordsIn,
    int Written,
    int DeadLettered,
    int LeftForRetry,
    IReadOnlyDictionary<BadRecordKind, int> DeadLetteredByReason,
    IReadOnlyList<PartitionFailure> Failures,
    int OrdersWritten,
    int CustomersWritten,
    int ExchangeRatesWritten,
    decimal RevenueConvertedUsd,
    LagSummary EventLag,
    LagSummary KafkaLag)
{
    /// <summary>The nothing-lost identity holds.</summary>
    public bool IsReconciled => RecordsIn == Written + DeadLettered + LeftForRetry;

    /// <summary>The dead letters of one reason (zero when none).</summary>
    public int DeadLetteredFor(BadRecordKind reason) => DeadLetteredByReason.GetValueOrDefault(reason);
}
