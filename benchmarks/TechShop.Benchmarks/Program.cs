using BenchmarkDotNet.Running;
using TechShop.Benchmarks.ColdPath;

// `cold-path` is a one-shot measurement harness (builds of minutes); everything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == ColdPathMeasurement.Command)
{
    return await ColdPathMeasurement.RunAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
