namespace TechShop.Core.Warehouse;

/// <summary>The metric the CDK alarm watches after each gate run (CloudWatch namespace, name, value; no dimensions).</summary>
public sealed record QualityAlarmMetric(string Namespace, string Name, double Value)
{
    public const string MetricNamespace = "TechShop";
    public const string FailedChecksName = "QualityGateFailures";
}
