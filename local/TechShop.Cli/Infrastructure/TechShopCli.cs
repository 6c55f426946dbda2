using System.CommandLine;

namespace TechShop.Cli.Infrastructure;

/// <summary>
/// The <c>techshop</c> command line: builds the root command from <see cref="CliCommandCatalog"/>, and applies one
/// error policy to every command — parse and validation errors and <see cref="CliUsageException"/> exit 2 with a
/// one-line message; anything unexpected exits 1 with its message; no stack traces.
/// </summary>
internal static class TechShopCli
{
    public static RootCommand CreateRoot(CliContext context, IEnumerable<ICliCommand> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var root = new RootCommand("techshop: the TechShop data platform on one machine");
        foreach (var command in commands)
        {
            root.Subcommands.Add(command.Create(context));
        }

        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>; returns the process exit code.</summary>
    public static Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default) =>
        RunAsync(args, context, CliCommandCatalog.All, cancellationToken);

    /// <summary>Parses and runs <paramref name="args"/> against <paramref name="commands"/>; returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args, CliContext context, IEnumerable<ICliCommand> commands, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            var root = CreateRoot(context, commands);
            var parse = root.Parse(args);
            if (parse.Errors.Count > 0)
            {
                foreach (var error in parse.Errors)
                {
                    await context.Error.WriteLineAsync($"techshop: {error.Message}");
                }

                await context.Error.WriteLineAsync($"Run '{CommandPath(parse.CommandResult.Command, root)} --help' for usage.");
                return ExitCodes.Usage;
            }

            var invocation = new InvocationConfiguration
            {
                EnableDefaultExceptionHandler = false,
                Output = context.Output,
                Error = context.Error,
            };
            return await parse.InvokeAsync(invocation, cancellationToken);
        }
        catch (CliUsageException ex)
        {
            await context.Error.WriteLineAsync($"techshop: {ex.Message}");
            return ExitCodes.Usage;
        }
        catch (OperationCanceledException)
        {
            await context.Error.WriteLineAsync("techshop: cancelled.");
            return ExitCodes.Cancelled;
        }
        catch (Exception ex)
        {
            await context.Error.WriteLineAsync($"techshop: failed: {ex.GetType().Name}: {ex.Message}");
            return ExitCodes.Failure;
        }
    }

    private static string CommandPath(Command command, RootCommand root) =>
        ReferenceEquals(command, root) ? "techshop" : $"techshop {command.Name}";
}
