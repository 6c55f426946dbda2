namespace TechShop.Core.Warehouse;

/// <summary>
/// What a gold build did: its status, the silver high-water it was built from, the models it ran, and the
/// quality gate's outcome (null when it did not build).
/// </summary>
public sealed record GoldBuildOutcome(
    string RunId,
    GoldBuildStatus Status,
    DateTime? SilverHighWater,
    DateTime? BronzeHighWater,
    IReadOnlyList<ModelRun> Models,
    QualityGateOutcome? Gate);
