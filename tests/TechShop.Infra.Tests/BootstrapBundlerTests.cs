using TechShop.Infra.Bundling;

namespace TechShop.Infra.Tests;

// The bundler is a jsii object: it joins the collection so the jsii runtime starts once, not concurrently.
[Collection(PlatformCollection.Name)]
public sealed class BootstrapBundlerTests : IDisposable
{
    private readonly DirectoryInfo _repository = Directory.CreateTempSubdirectory("techshop-repo-");

    private string Publish => Path.Combine(_repository.FullName, BootstrapBundler.PublishFolder);

    public void Dispose() => _repository.Delete(recursive: true);

    private void Write(string relative, DateTime writtenAt, string content = "x")
    {
        var path = Path.Combine(_repository.FullName, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        File.SetLastWriteTimeUtc(path, writtenAt);
    }

    [Fact]
    public void IsStale_WhenTheBootstrapIsMissing_ShouldBeTrue()
    {
        Write("functions/TechShop.Functions/Program.cs", new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        Assert.True(new BootstrapBundler(_repository.FullName).IsStale(Publish));
    }

    [Fact]
    public void IsStale_WhenTheBootstrapIsNewerThanEverySource_ShouldBeFalse()
    {
        Write("functions/TechShop.Functions/Program.cs", new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        Write("functions/TechShop.Functions/obj/later.cs", new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc));
        Write(BootstrapBundler.PublishFolder + "/bootstrap", new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc));

        Assert.False(new BootstrapBundler(_repository.FullName).IsStale(Publish));
    }

    [Fact]
    public void IsStale_WhenASourceChangedAfterThePublish_ShouldBeTrue()
    {
        Write(BootstrapBundler.PublishFolder + "/bootstrap", new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc));
        Write("functions/TechShop.Core/Money.cs", new DateTime(2026, 2, 2, 0, 0, 0, DateTimeKind.Utc));

        Assert.True(new BootstrapBundler(_repository.FullName).IsStale(Publish));
    }

    [Fact]
    public void IsStale_WhenTheBuildSettingsChangedAfterThePublish_ShouldBeTrue()
    {
        Write("functions/TechShop.Functions/Program.cs", new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        Write(BootstrapBundler.PublishFolder + "/bootstrap", new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc));
        Write("Directory.Packages.props", new DateTime(2026, 2, 3, 0, 0, 0, DateTimeKind.Utc));

        Assert.True(new BootstrapBundler(_repository.FullName).IsStale(Publish));
    }

    [Fact]
    public void TryBundle_WhenThePublishIsFresh_ShouldCopyTheBootstrapWithoutSymbolsOrDocs()
    {
        var published = new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc);
        Write("functions/TechShop.Functions/Program.cs", new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        Write(BootstrapBundler.PublishFolder + "/bootstrap", published, "ELF");
        Write(BootstrapBundler.PublishFolder + "/bootstrap.dbg", published);
        Write(BootstrapBundler.PublishFolder + "/TechShop.Core.pdb", published);
        Write(BootstrapBundler.PublishFolder + "/bootstrap.xml", published);
        var output = Directory.CreateTempSubdirectory("techshop-asset-");

        Assert.True(new BootstrapBundler(_repository.FullName).TryBundle(output.FullName, null!));

        Assert.Equal(["bootstrap"], output.GetFiles().Select(f => f.Name));
        Assert.Equal("ELF", File.ReadAllText(Path.Combine(output.FullName, "bootstrap")));
        output.Delete(recursive: true);
    }

    [Fact]
    public void TryBundle_WhenThePublishFails_ShouldNameTheCommandAndTheAotPrerequisites()
    {
        Write("functions/TechShop.Functions/Program.cs", new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        var error = Assert.Throws<BootstrapToolchainException>(
            () => new BootstrapBundler(_repository.FullName).TryBundle(Directory.CreateTempSubdirectory().FullName, null!));

        Assert.StartsWith(
            "'dotnet publish functions/TechShop.Functions/TechShop.Functions.csproj -c Release -r linux-x64 -o artifacts/functions/linux-x64' failed with exit code 1.",
            error.Message, StringComparison.Ordinal);
        Assert.Contains("clang", error.Message, StringComparison.Ordinal);
    }
}
