namespace TechShop.Local.Pipeline;

/// <summary>What a run did and whether it lost nothing: printed at the end and written with <c>--summary FILE</c>.</summary>
public sealed record PipelineSummary(
    string DataDirectory,
    DateOnly From,
    DateOnly To,
    DateOnly StreamFrom,
    double Scale,
    int Seed,
    double BadRate,
    double ElapsedSeconds,
    IReadOnlyList<LayerTable> Layers,
    IReadOnlyList<TopicReconciliation> Topics,
    BadRecordCheck BadRecords,
    RevenueComparison Revenue,
    QualityGateSummary Quality,
    StreamFigures Stream,
    ColdPathFigures ColdPath)
{
    /// <summary>Every topic reconciles, the dead letters match the plan, and every extract and archive object was loaded into bronze.</summary>
    public bool Reconciled =>
        Topics.Count > 0 && Topics.All(t => t.Reconciled) && BadRecords.Matches && ColdPath.BronzeFailures == 0 && ColdPath.ArchiveLoadFailures == 0;

    /// <summary>Reconciled, the gate passed, and revenue agrees where it must.</summary>
    public bool Passed => Reconciled && Quality.Passed && (!Revenue.Required || Revenue.Agrees);
}
