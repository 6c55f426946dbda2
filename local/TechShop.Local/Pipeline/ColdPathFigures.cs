namespace TechShop.Local.Pipeline;

/// <summary>Cold-path work: extract files landed, archive objects announced, bronze-load failures (extracts, archive), scheduled builds.</summary>
public sealed record ColdPathFigures(
    int ExtractFiles,
    int ArchiveObjects,
    int BronzeInvocations,
    int BronzeFailures,
    int ArchiveLoadFailures,
    string? FirstLoadError,
    int SilverRuns,
    int GoldRuns,
    double Seconds);
