namespace TechShop.Core.Warehouse;

/// <summary>A gate run: every check's result, whether the publish may go ahead, and the alarm's metric.</summary>
public sealed record QualityGateOutcome(string RunId, IReadOnlyList<QualityCheckResult> Results)
{
    /// <summary>True when no error-severity check failed.</summary>
    public bool Passed => FailedChecks == 0;

    /// <summary>How many checks failed (the alarm fires above zero).</summary>
    public int FailedChecks => Results.Count(r => r.Status == QualityCheckStatus.Fail);

    /// <summary>The checks that failed, for the log line and the alarm's description.</summary>
    public IEnumerable<QualityCheckResult> Failures => Results.Where(r => r.Status == QualityCheckStatus.Fail);

    /// <summary><c>TechShop QualityGateFailures</c> (no dimensions) = <see cref="FailedChecks"/>.</summary>
    public QualityAlarmMetric AlarmMetric =>
        new(QualityAlarmMetric.MetricNamespace, QualityAlarmMetric.FailedChecksName, FailedChecks);
}
