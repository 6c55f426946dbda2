namespace TechShop.Core.Warehouse;

/// <summary>
/// What a silver build did: the bronze load window it read (<see cref="BronzeFrom"/>, <see cref="BronzeTo"/>],
/// the models it ran, or <see cref="UpToDate"/> when bronze had nothing newer than the silver watermark.
/// </summary>
public sealed record SilverBuildOutcome(
    string RunId,
    DateTime? BronzeFrom,
    DateTime? BronzeTo,
    bool UpToDate,
    IReadOnlyList<ModelRun> Models);
