namespace TechShop.Functions.ColdPath;

/// <summary>The bronze-load response: one outcome per notification record, in event order, and the totals.</summary>
public sealed record BronzeLoadResponse(IReadOnlyList<BronzeRecordOutcome> Records)
{
    public int Loaded => Records.Count(r => r.Status == BronzeRecordStatus.Loaded);

    public int AlreadyLoaded => Records.Count(r => r.Status == BronzeRecordStatus.AlreadyLoaded);

    public int Quarantined => Records.Count(r => r.Status == BronzeRecordStatus.Quarantined);

    public int Skipped => Records.Count(r => r.Status == BronzeRecordStatus.Skipped);

    public int Missing => Records.Count(r => r.Status == BronzeRecordStatus.Missing);

    public long RowsLoaded => Records.Sum(r => r.RowsLoaded);
}
