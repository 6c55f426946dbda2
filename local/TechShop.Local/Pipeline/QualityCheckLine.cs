namespace TechShop.Local.Pipeline;

/// <summary>One check of the last quality gate run, as stored in QUALITY.RESULTS.</summary>
public sealed record QualityCheckLine(string Name, string Severity, string Status, double? Observed, double Threshold);
