namespace TechShop.Local.Pipeline;

/// <summary>The last gold build's status and its quality gate's checks.</summary>
public sealed record QualityGateSummary(string? GoldStatus, string? RunId, IReadOnlyList<QualityCheckLine> Checks)
{
    /// <summary>Gold was published and no check failed.</summary>
    public bool Passed =>
        string.Equals(GoldStatus, "Published", StringComparison.OrdinalIgnoreCase) && Checks.Count > 0
        && Checks.All(c => !string.Equals(c.Status, "FAIL", StringComparison.OrdinalIgnoreCase));
}
