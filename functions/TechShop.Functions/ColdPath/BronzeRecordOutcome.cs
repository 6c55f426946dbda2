namespace TechShop.Functions.ColdPath;

/// <summary>One notification record's outcome in the bronze-load response.</summary>
public sealed record BronzeRecordOutcome(
    string Bucket,
    string Key,
    string? ETag,
    BronzeRecordStatus Status,
    string? Entity,
    long RowsLoaded,
    string? Reason,
    string? QuarantineKey);
