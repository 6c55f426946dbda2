namespace TechShop.Core.Warehouse;

/// <summary>One row of <c>QUALITY.RESULTS</c>: a check, its verdict, what it observed and the threshold it held to.</summary>
public sealed record QualityCheckResult(string CheckName, string Severity, QualityCheckStatus Status, double? ObservedValue, double Threshold);
