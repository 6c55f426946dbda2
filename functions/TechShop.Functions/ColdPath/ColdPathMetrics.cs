using TechShop.Core.Warehouse;
using TechShop.Lambda.Metrics;

namespace TechShop.Functions.ColdPath;

/// <summary>
/// The cold path's metrics with exactly the dimension sets of the contract (docs/dashboards.md, "CloudWatch metric
/// contract"). Record counts go through the invocation's logger (<c>[Function]</c>); the quality gate's metrics carry
/// no <c>Function</c> dimension (<c>[Layer, Check]</c>, and none for the alarm), so they are written as lines of their own.
/// </summary>
public sealed class ColdPathMetrics(Stream output, TimeProvider? time = null)
{
    public const string RecordsIn = "RecordsIn";
    public const string RecordsWritten = "RecordsWritten";
    public const string DeadLettered = "DeadLettered";
    public const string QualityGatePassed = "QualityGatePassed";
    public const string QualityGateFailed = "QualityGateFailed";

    private readonly Stream _output = output ?? throw new ArgumentNullException(nameof(output));
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>
    /// Records in and written (<c>[Function]</c>, the invocation's own dimension set), and dead-lettered ones per reason
    /// (<c>[Function, Reason]</c>), through the invocation's metrics logger like every other handler's.
    /// </summary>
    public static void Records(MetricsLogger metrics, long recordsIn, long written, IReadOnlyDictionary<string, long>? deadLettered = null)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        metrics.AddMetric(RecordsIn, recordsIn);
        metrics.AddMetric(RecordsWritten, written);
        foreach (var (reason, count) in deadLettered ?? new Dictionary<string, long>())
        {
            metrics.AddMetric(DeadLettered, count, MetricUnit.Count, [new("Reason", reason)]);
        }
    }

    /// <summary>
    /// One <c>QualityGatePassed</c> or <c>QualityGateFailed</c> per check (<c>Layer</c>, <c>Check</c>; a warn-level miss
    /// counts as neither: it did not hold the publish back), then the alarm metric without dimensions.
    /// </summary>
    public void QualityGate(string metricNamespace, QualityGateOutcome gate)
    {
        ArgumentNullException.ThrowIfNull(gate);
        foreach (var check in gate.Results.Where(r => r.Status != QualityCheckStatus.Warn))
        {
            var metric = new MetricsLogger(metricNamespace, _output, _time);
            metric.AddDimension("Layer", LayerOf(check.CheckName));
            metric.AddDimension("Check", check.CheckName);
            metric.AddMetric(check.Status == QualityCheckStatus.Pass ? QualityGatePassed : QualityGateFailed, 1);
            metric.Flush();
        }

        var alarm = gate.AlarmMetric;
        var alarmLogger = new MetricsLogger(alarm.Namespace, _output, _time);
        alarmLogger.AddMetric(alarm.Name, alarm.Value);
        alarmLogger.Flush();
    }

    /// <summary>
    /// The layer a check examines, from its name (<c>kind:subject</c>): the target of an arrow when there is one
    /// (<c>completeness:bronze.orders-&gt;silver.orders</c> checks silver), else the subject; unqualified tables are gold's.
    /// </summary>
    public static string LayerOf(string checkName)
    {
        ArgumentNullException.ThrowIfNull(checkName);
        var colon = checkName.IndexOf(':', StringComparison.Ordinal);
        var subject = colon < 0 ? checkName : checkName[(colon + 1)..];
        var arrow = subject.IndexOf("->", StringComparison.Ordinal);
        var target = arrow < 0 ? subject : subject[(arrow + 2)..];
        return target switch
        {
            _ when target.StartsWith("silver", StringComparison.Ordinal) => "silver",
            _ when target.StartsWith("gold", StringComparison.Ordinal) => "gold",
            _ when target.Contains("bronze", StringComparison.Ordinal) => "bronze",
            _ => "gold",
        };
    }
}
