namespace TechShop.Core.Warehouse;

/// <summary>
/// What a batch bronze load did: an outcome for every object that loaded, was in the load audit already or was
/// superseded (overwritten since its notification), and a rejection for every object that can never load as it is.
/// Each object of the batch is in exactly one of the two.
/// </summary>
public sealed record BronzeBatchOutcome(IReadOnlyList<BronzeLoadOutcome> Outcomes, IReadOnlyList<BronzeObjectRejectedException> Rejections)
{
    /// <summary>Rows loaded by the whole batch.</summary>
    public long RowsLoaded => Outcomes.Sum(o => o.RowsLoaded);
}
