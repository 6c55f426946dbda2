using System.Diagnostics;
using System.Text;

namespace TechShop.Functions.Tests.Process;

/// <summary>The published bootstrap running as a process against a Runtime API; killed on dispose.</summary>
public sealed class BootstrapProcess : IDisposable
{
    private readonly System.Diagnostics.Process process;
    private readonly StringBuilder output = new();

    public BootstrapProcess(string executable, string runtimeApi, string handler, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["AWS_LAMBDA_RUNTIME_API"] = runtimeApi;
        start.Environment["_HANDLER"] = handler;
        start.Environment["AWS_LAMBDA_FUNCTION_NAME"] = "techshop-test";
        start.Environment["AWS_LAMBDA_FUNCTION_MEMORY_SIZE"] = "512";
        start.Environment.Remove("_X_AMZN_TRACE_ID");
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        process = new System.Diagnostics.Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Id => process.Id;

    /// <summary>Everything the process wrote so far (JSON log lines, EMF metrics).</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>The exit code, once the process has exited by itself.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan hangGuard)
    {
        using var cancel = new CancellationTokenSource(hangGuard);
        await process.WaitForExitAsync(cancel.Token);
        return process.ExitCode;
    }

    public bool HasExited => process.HasExited;

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill();
            process.WaitForExit();
        }

        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
