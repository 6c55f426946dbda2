using System.ComponentModel;
using System.Diagnostics;
using Amazon.CDK;
using Amazon.JSII.Runtime.Deputy;

namespace TechShop.Infra.Bundling;

/// <summary>
/// Local bundling of the one Native AOT bootstrap: publishes it (when missing or older than the function sources)
/// to artifacts/functions/linux-x64, then copies that folder into the asset.
/// </summary>
// Extending DeputyBase is what lets the jsii runtime call TryBundle back from the CDK in node.
public sealed class BootstrapBundler : DeputyBase, ILocalBundling
{
    /// <summary>The publish folder, relative to the repository root (CONTRACTS.md "Bootstrap publish").</summary>
    public const string PublishFolder = "artifacts/functions/linux-x64";

    // Debug symbols and XML docs stay out of the deployment package (symbols can outweigh the bootstrap itself).
    private static readonly string[] ExcludedExtensions = [".dbg", ".pdb", ".xml"];
    private const string Project = "functions/TechShop.Functions/TechShop.Functions.csproj";
    private readonly string _repositoryRoot;

    public BootstrapBundler(string repositoryRoot) => _repositoryRoot = repositoryRoot;

    /// <summary>The command the bundler runs (also the one docs/deploy.md gives).</summary>
    public static string PublishCommand => $"dotnet publish {Project} -c Release -r linux-x64 -o {PublishFolder}";

    public bool TryBundle(string outputDir, IBundlingOptions options)
    {
        var publish = Path.Combine(_repositoryRoot, PublishFolder);
        if (IsStale(publish))
        {
            Publish();
        }

        var bootstrap = Path.Combine(publish, "bootstrap");
        if (!File.Exists(bootstrap))
        {
            throw new BootstrapToolchainException(
                $"'{PublishCommand}' finished without producing {PublishFolder}/bootstrap; the function asset needs that executable.");
        }

        foreach (var file in Directory.GetFiles(publish))
        {
            if (!ExcludedExtensions.Contains(Path.GetExtension(file)))
            {
                File.Copy(file, Path.Combine(outputDir, Path.GetFileName(file)), overwrite: true);
            }
        }

        return true;
    }

    /// <summary>True when the bootstrap is missing or any function source or build setting is newer than it.</summary>
    public bool IsStale(string publishFolder)
    {
        var bootstrap = new FileInfo(Path.Combine(publishFolder, "bootstrap"));
        if (!bootstrap.Exists)
        {
            return true;
        }

        var sources = Directory.EnumerateFiles(Path.Combine(_repositoryRoot, "functions"), "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Append(Path.Combine(_repositoryRoot, "Directory.Build.props"))
            .Append(Path.Combine(_repositoryRoot, "Directory.Packages.props"))
            .Where(File.Exists);
        return sources.Any(f => File.GetLastWriteTimeUtc(f) > bootstrap.LastWriteTimeUtc);
    }

    private void Publish()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _repositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in PublishCommand.Split(' ').Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new BootstrapToolchainException("Could not start 'dotnet'.");
        }
        catch (Win32Exception e)
        {
            throw new BootstrapToolchainException(
                "The .NET SDK 10 ('dotnet' on PATH) is required to publish the function bootstrap during synth; install it, " +
                $"or run '{PublishCommand}' on a machine that has it and copy {PublishFolder} here.", e);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                var output = (stdout.Result + stderr.Result).Split('\n').TakeLast(30);
                throw new BootstrapToolchainException(
                    $"'{PublishCommand}' failed with exit code {process.ExitCode}. Native AOT on linux-x64 also needs clang and " +
                    "zlib1g-dev (apt-get install clang zlib1g-dev). Last lines:\n" + string.Join('\n', output));
            }
        }
    }
}
