using System.CommandLine;
using TechShop.Lambda.Hosting;
using TechShop.Local.Invoke;

namespace TechShop.Cli.Commands;

/// <summary>
/// <c>techshop invoke &lt;handler&gt; --event FILE [--data-dir DIR]</c>: runs one handler in-process on an event file
/// and prints the response JSON on stdout (logs and metrics go to stderr).
/// </summary>
public static class InvokeCommand
{
    /// <summary>Exit code when the handler ran and failed (its error body is printed on stderr).</summary>
    public const int FunctionErrorExitCode = 1;

    /// <summary>Exit code for bad input: unknown handler, missing or invalid event file.</summary>
    public const int BadInputExitCode = 2;

    /// <summary>The command; <paramref name="catalogFactory"/> composes the handlers for a data directory.</summary>
    public static Command Create(Func<string, LambdaHandlerCatalog>? catalogFactory = null)
    {
        catalogFactory ??= LocalHandlerCatalog.Create;
        var handler = new Argument<string>("handler") { Description = "The handler name, as _HANDLER would select it (e.g. bronze-load)." };
        var eventFile = new Option<FileInfo>("--event") { Description = "A file holding the event JSON Lambda would send.", Required = true };
        var dataDir = new Option<DirectoryInfo>("--data-dir")
        {
            Description = "The local data directory (lake, realtime.db, warehouse.duckdb, ...).",
            DefaultValueFactory = _ => new DirectoryInfo(LocalHandlerCatalog.DefaultDataDirectory),
        };
        var command = new Command("invoke", "Run a Lambda handler locally on an event file and print its response.")
        {
            handler,
            eventFile,
            dataDir,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(handler)!, parse.GetValue(eventFile)!, parse.GetValue(dataDir)!, catalogFactory, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        string handlerName, FileInfo eventFile, DirectoryInfo dataDir, Func<string, LambdaHandlerCatalog> catalogFactory, CancellationToken cancellationToken)
    {
        byte[] eventJson;
        try
        {
            eventJson = await LocalEventFile.ReadAsync(eventFile.FullName, cancellationToken);
        }
        catch (LocalEventFileException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return BadInputExitCode;
        }

        using var stderr = Console.OpenStandardError();
        var invoker = new LocalInvoker(catalogFactory(dataDir.FullName), stderr);
        LocalInvocationResult result;
        try
        {
            result = await invoker.InvokeAsync(handlerName, eventJson, cancellationToken);
        }
        catch (UnknownHandlerException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return BadInputExitCode;
        }

        using var output = result.Succeeded ? Console.OpenStandardOutput() : Console.OpenStandardError();
        await output.WriteAsync(result.Payload, cancellationToken);
        await output.WriteAsync("\n"u8.ToArray(), cancellationToken);
        return result.Succeeded ? 0 : FunctionErrorExitCode;
    }
}
