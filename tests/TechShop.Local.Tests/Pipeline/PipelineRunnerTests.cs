using TechShop.Lambda.Hosting;
using TechShop.Local.Pipeline;

namespace TechShop.Local.Tests.Pipeline;

public sealed class PipelineRunnerTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "techshop-runner-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public async Task Run_WhenTheCatalogueLacksHandlers_ShouldFailNamingEachMissingHandler()
    {
        var runner = new PipelineRunner(new PipelineOptions { DataDirectory = _root }, new SilentProgress(), _ => new LambdaHandlerCatalog());

        var error = await Assert.ThrowsAsync<PipelineStageException>(() => runner.RunAsync());

        Assert.Equal("handlers", error.Stage);
        Assert.Contains("lacks stream-enrich, stream-archive, bronze-load, silver-build, gold-build", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WhenTheDataDirectoryHoldsAnotherDataset_ShouldRefuseToResumeWithoutFresh()
    {
        var first = new PipelineRunner(new PipelineOptions { DataDirectory = _root, Seed = 1 }, new SilentProgress(), _ => new LambdaHandlerCatalog());
        await Assert.ThrowsAsync<PipelineStageException>(() => first.RunAsync());
        var second = new PipelineRunner(new PipelineOptions { DataDirectory = _root, Seed = 2 }, new SilentProgress(), _ => new LambdaHandlerCatalog());

        var error = await Assert.ThrowsAsync<PipelineConfigurationException>(() => second.RunAsync());

        Assert.Equal("--data-dir", error.Setting);
        Assert.Contains("seed=1", error.Message, StringComparison.Ordinal);
        var fresh = new PipelineRunner(new PipelineOptions { DataDirectory = _root, Seed = 2, Fresh = true }, new SilentProgress(), _ => new LambdaHandlerCatalog());
        Assert.Equal("handlers", (await Assert.ThrowsAsync<PipelineStageException>(() => fresh.RunAsync())).Stage);
    }

    private sealed class SilentProgress : IPipelineProgress
    {
        public IProgress<long> Start(string stage, long total) => new Progress<long>();

        public void Finish(string stage, string result)
        {
        }
    }
}
