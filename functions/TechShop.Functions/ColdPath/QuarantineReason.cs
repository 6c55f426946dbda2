namespace TechShop.Functions.ColdPath;

/// <summary>
/// The reason object written beside a quarantined file (<c>quarantine/&lt;key&gt;.reason.json</c>): where the file came
/// from, what was wrong, and when it was moved.
/// </summary>
public sealed record QuarantineReason(
    string Bucket,
    string Key,
    string ETag,
    string Entity,
    string Reason,
    string QuarantineKey,
    DateTime QuarantinedAt);
