using System.Diagnostics;
using System.IO.Compression;

namespace TechShop.Benchmarks.ColdStart;

/// <summary>
/// Publishes the bootstrap twice for the cold-start comparison: Native AOT (what ships) and self-contained JIT
/// (what a custom runtime without AOT would ship), under <c>artifacts/bench/cold-start/&lt;build&gt;</c>.
/// </summary>
public static class ColdStartBuilds
{
    public const string Aot = "aot";
    public const string Jit = "jit";

    // The bootstrap measured. The production catalogue has no handler yet (an unknown _HANDLER never reaches /next),
    // so the test function with the same runtime loop stands in; switch to functions/TechShop.Functions and a real
    // handler name when they land.
    public const string ProjectPath = "tests/TechShop.Lambda.TestFunction/TechShop.Lambda.TestFunction.csproj";
    public const string Handler = "echo";

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Directory(string build) => Path.Combine(RepositoryRoot, "artifacts", "bench", "cold-start", build);

    public static string Executable(string build) => Path.Combine(Directory(build), "bootstrap");

    /// <summary>Publishes <paramref name="build"/> unless an executable is already there.</summary>
    public static string Ensure(string build)
    {
        if (File.Exists(Executable(build)))
        {
            return Executable(build);
        }

        string[] common = ["publish", ProjectPath, "-c", "Release", "-r", "linux-x64", "-o", Directory(build), "-nologo",
            "-p:CopyOutputSymbolsToPublishDirectory=false", "-p:PublishDocumentationFiles=false"];
        string[] extra = build == Aot ? [] : ["--self-contained", "true", "-p:PublishAot=false", "-p:StripSymbols=false"];
        Run("dotnet", [.. common, .. extra]);
        return Executable(build);
    }

    /// <summary>Bytes of everything deployed for <paramref name="build"/> (for JIT: the whole self-contained folder).</summary>
    public static long DeployedBytes(string build) =>
        new DirectoryInfo(Directory(build)).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);

    /// <summary>Bytes of the deployment zip (deflate, optimal), built in a temporary file.</summary>
    public static long ZippedBytes(string build)
    {
        var zip = Path.Combine(Path.GetTempPath(), $"techshop-cold-start-{build}-{Environment.ProcessId}.zip");
        File.Delete(zip);
        ZipFile.CreateFromDirectory(Directory(build), zip, CompressionLevel.SmallestSize, includeBaseDirectory: false);
        var length = new FileInfo(zip).Length;
        File.Delete(zip);
        return length;
    }

    private static void Run(string file, string[] arguments)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = RepositoryRoot };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed with exit code {process.ExitCode}.");
        }
    }

    private static string FindRepositoryRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "TechShop.Serverless.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException("Run the cold-start benchmark from inside the repository.");
    }
}
