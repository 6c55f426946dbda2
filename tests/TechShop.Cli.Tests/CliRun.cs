using TechShop.Cli.Infrastructure;

namespace TechShop.Cli.Tests;

/// <summary>Runs <c>techshop</c> in-process through the real parser, capturing what it writes.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static async Task<CliRun> RunAsync(params string[] args) => await RunAsync(CliCommandCatalog.All, args);

    public static async Task<CliRun> RunAsync(IEnumerable<ICliCommand> commands, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await TechShopCli.RunAsync(args, CliContext.ForWriters(output, error), commands);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
