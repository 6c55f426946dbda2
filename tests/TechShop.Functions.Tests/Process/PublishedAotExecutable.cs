using System.Diagnostics;

namespace TechShop.Functions.Tests.Process;

/// <summary>
/// Publishes a Native AOT executable once per test run into a cache folder under the build output, and reuses that
/// publish while it is newer than every source it depends on.
/// </summary>
public abstract class PublishedAotExecutable
{
    public const string RuntimeIdentifier = "linux-x64";

    private readonly string[] _sourceDirectories;

    protected PublishedAotExecutable(string projectPath, string cacheFolder, string[] sourceDirectories)
    {
        ProjectPath = projectPath;
        _sourceDirectories = sourceDirectories;
        RepositoryRoot = FindRepositoryRoot();
        OutputDirectory = Path.Combine(AppContext.BaseDirectory, cacheFolder, RuntimeIdentifier);
        ExecutablePath = Path.Combine(OutputDirectory, "bootstrap");
        if (!IsUpToDate())
        {
            Publish();
        }
    }

    /// <summary>The project published, relative to the repository root.</summary>
    public string ProjectPath { get; }

    public string RepositoryRoot { get; }

    public string OutputDirectory { get; }

    public string ExecutablePath { get; }

    private bool IsUpToDate()
    {
        if (!File.Exists(ExecutablePath))
        {
            return false;
        }

        var built = File.GetLastWriteTimeUtc(ExecutablePath);
        var sources = _sourceDirectories
            .SelectMany(d => Directory.EnumerateFiles(Path.Combine(RepositoryRoot, d), "*.*", SearchOption.AllDirectories))
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".csproj", StringComparison.Ordinal))
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .Append(Path.Combine(RepositoryRoot, "Directory.Build.props"))
            .Append(Path.Combine(RepositoryRoot, "Directory.Packages.props"));
        return sources.All(f => File.GetLastWriteTimeUtc(f) < built);
    }

    private void Publish()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "publish", ProjectPath, "-c", "Release", "-r", RuntimeIdentifier, "-o", OutputDirectory, "-nologo" })
        {
            start.ArgumentList.Add(argument);
        }

        // The test host runs under MSBuild-set variables that would point a nested build at the wrong SDK pieces.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        using var publish = System.Diagnostics.Process.Start(start)!;
        var stdout = publish.StandardOutput.ReadToEndAsync();
        var stderr = publish.StandardError.ReadToEndAsync();
        if (!publish.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            publish.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"dotnet publish of {ProjectPath} did not finish within 10 minutes.");
        }

        if (publish.ExitCode != 0 || !File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"dotnet publish of {ProjectPath} failed ({publish.ExitCode}):\n{stdout.Result}\n{stderr.Result}");
        }

        // Publish may keep an unchanged binary's old time stamp; the cache check compares against it.
        File.SetLastWriteTimeUtc(ExecutablePath, DateTime.UtcNow);
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "TechShop.Serverless.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No TechShop.Serverless.sln above {AppContext.BaseDirectory}.");
    }
}
