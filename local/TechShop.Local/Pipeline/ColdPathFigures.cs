namespace TechShop.Local.Pipeline;

/// <summary>Cold-path work: extract files landed, archive objects loaded, bronze-load results, scheduled builds.</summary>
public sealed record ColdPathFigures(
    int ExtractFiles,
    int ArchiveObjects,
    int BronzeInvocations,
    int BronzeFailures,
    int SilverRuns,
    int GoldRuns,
    double Seconds);
