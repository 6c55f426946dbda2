using System.Diagnostics;
using BenchmarkDotNet.Attributes;

namespace TechShop.Benchmarks.ColdStart;

/// <summary>
/// Cold start of the bootstrap: from process start to its first <c>GET /runtime/invocation/next</c> (runtime start,
/// handler selection and construction, first HTTP connection), Native AOT against JIT, one fresh process per iteration.
/// Run: <c>dotnet run -c Release --project benchmarks/TechShop.Benchmarks -- --filter '*ColdStart*'</c>.
/// </summary>
[Config(typeof(ColdStartConfig))]
public class ColdStartBenchmarks : IDisposable
{
    private FirstNextListener? listener;
    private Process? process;
    private string executable = string.Empty;

    [Params(ColdStartBuilds.Aot, ColdStartBuilds.Jit)]
    public string Build { get; set; } = ColdStartBuilds.Aot;

    [GlobalSetup]
    public void Setup()
    {
        executable = ColdStartBuilds.Ensure(Build);
        listener = new FirstNextListener();
    }

    [Benchmark(Description = "process start -> first /next")]
    public async Task ProcessStartToFirstNext()
    {
        var start = new ProcessStartInfo(executable) { UseShellExecute = false, RedirectStandardOutput = true };
        start.Environment["AWS_LAMBDA_RUNTIME_API"] = listener!.Address;
        start.Environment["_HANDLER"] = ColdStartBuilds.Handler;
        start.Environment["AWS_LAMBDA_FUNCTION_NAME"] = "cold-start";
        process = Process.Start(start)!;
        await listener.WaitForNextRequestAsync(CancellationToken.None);
    }

    [IterationCleanup]
    public void StopProcess()
    {
        if (process is { HasExited: false })
        {
            process.Kill();
            process.WaitForExit();
        }

        process?.Dispose();
        process = null;
        listener?.CloseConnections();
    }

    [GlobalCleanup]
    public void Dispose()
    {
        StopProcess();
        listener?.Dispose();
        listener = null;
        GC.SuppressFinalize(this);
    }
}
