namespace TechShop.Local.Pipeline;

/// <summary>
/// Nothing lost on one topic: produced (delivery reports) = written + dead-lettered, where dead-lettered is counted
/// from the dead-letter objects in the lake and written is what the mapping acknowledged less those; the enrich and
/// archive mappings must each have acknowledged every produced record. <see cref="Archived"/> (from the archive keys'
/// offset ranges) is informational: an archive may split a partition's batch by day.
/// </summary>
public sealed record TopicReconciliation(
    string Topic,
    long Produced,
    long EnrichAcknowledged,
    long ArchiveAcknowledged,
    long Written,
    long DeadLettered,
    long Archived,
    IReadOnlyDictionary<string, long> DeadLetteredByReason)
{
    /// <summary>The identity holds and both mappings consumed everything.</summary>
    public bool Reconciled =>
        Produced == Written + DeadLettered && EnrichAcknowledged == Produced && ArchiveAcknowledged == Produced;
}
