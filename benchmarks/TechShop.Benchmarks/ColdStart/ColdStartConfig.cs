using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace TechShop.Benchmarks.ColdStart;

/// <summary>One measured process start per iteration (no warm-up effect to average away), median and p90, sizes.</summary>
public sealed class ColdStartConfig : ManualConfig
{
    /// <summary>Runs per build.</summary>
    public const int Runs = 30;

    public ColdStartConfig()
    {
        AddJob(Job.Default
            .WithStrategy(RunStrategy.ColdStart)
            .WithLaunchCount(1)
            .WithWarmupCount(2)
            .WithIterationCount(Runs)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithId("cold-start"));
        AddColumn(StatisticColumn.Median, StatisticColumn.P90, StatisticColumn.Min, StatisticColumn.Max);
        AddColumn(new DeploymentSizeColumn(zipped: false), new DeploymentSizeColumn(zipped: true));
        WithOptions(ConfigOptions.DisableOptimizationsValidator);
    }
}
