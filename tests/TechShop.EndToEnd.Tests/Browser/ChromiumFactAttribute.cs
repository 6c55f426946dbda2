using System.Diagnostics;

namespace TechShop.EndToEnd.Tests.Browser;

/// <summary>
/// A browser test: makes sure Debian's chromium is installed (scripts/install-chromium.sh) and is skipped, with the
/// script's reason, only when installing is impossible here (no root, no apt: the script's exit code 3). Any other
/// failure of the script is not a skip: the test runs and fails on <see cref="Failure"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    private static readonly Lazy<(string? Path, string? Failure, string? Impossible)> Installation = new(Install);

    public ChromiumFactAttribute()
    {
        if (Installation.Value.Impossible is { } reason)
        {
            Skip = $"Chromium is not installed and cannot be installed here: {reason}";
        }
    }

    /// <summary>The browser's path, once installed.</summary>
    public static string? ExecutablePath => Installation.Value.Path;

    /// <summary>Why the install script failed (not a skip), or null.</summary>
    public static string? Failure => Installation.Value.Failure;

    private static (string?, string?, string?) Install()
    {
        var script = Path.Combine(RepositoryRoot(), "scripts", "install-chromium.sh");
        using var process = Process.Start(new ProcessStartInfo("bash", [script])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        var stderr = errors.Result.Trim();
        return process.ExitCode switch
        {
            0 when File.Exists(output) => (output, null, null),
            3 => (null, null, stderr),
            var code => (null, $"{script} exited with {code}: {stderr} {output}".Trim(), null),
        };
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "TechShop.Serverless.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No TechShop.Serverless.sln above {AppContext.BaseDirectory}.");
    }
}
