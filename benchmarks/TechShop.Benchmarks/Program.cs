using BenchmarkDotNet.Running;

if (args is ["hot-path-peak"])
{
    return TechShop.Benchmarks.HotPath.HotPathPeakMemory.Run();
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
