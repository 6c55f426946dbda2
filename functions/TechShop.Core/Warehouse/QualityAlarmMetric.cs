namespace TechShop.Core.Warehouse;

/// <summary>The metric an alarm watches after each gate run (CloudWatch namespace, name, value).</summary>
public sealed record QualityAlarmMetric(string Namespace, string Name, double Value)
{
    public const string MetricNamespace = "TechShop/Warehouse";
    public const string FailedChecksName = "QualityGateFailedChecks";
}
