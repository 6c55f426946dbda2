using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace TechShop.Benchmarks.ColdStart;

/// <summary>The size of what is deployed for the benchmark's build, plain or zipped, in MB.</summary>
public sealed class DeploymentSizeColumn(bool zipped) : IColumn
{
    public string Id => zipped ? "ZippedSize" : "DeployedSize";

    public string ColumnName => zipped ? "Zipped" : "Deployed";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => zipped ? 1 : 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Size;

    public string Legend => zipped ? "Size of the deployment zip (deflate, smallest)" : "Size of the published bootstrap folder";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        var build = (string)benchmarkCase.Parameters[nameof(ColdStartBenchmarks.Build)];
        var bytes = zipped ? ColdStartBuilds.ZippedBytes(build) : ColdStartBuilds.DeployedBytes(build);
        return $"{bytes / 1024.0 / 1024.0:0.00} MB";
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
