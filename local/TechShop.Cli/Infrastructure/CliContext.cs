using Spectre.Console;

namespace TechShop.Cli.Infrastructure;

/// <summary>
/// What a command writes to: <see cref="Console"/> for results (tables, progress), <see cref="Error"/> for one-line
/// errors. <see cref="Interactive"/> is false when output is redirected, and then commands print plain lines only.
/// </summary>
internal sealed record CliContext(IAnsiConsole Console, TextWriter Output, TextWriter Error, bool Interactive)
{
    /// <summary>The process console: ANSI and progress bars only on an interactive terminal.</summary>
    public static CliContext ForProcess()
    {
        var interactive = !System.Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
        return new CliContext(AnsiConsole.Console, System.Console.Out, System.Console.Error, interactive);
    }

    /// <summary>A plain, non-interactive context writing to the given writers (tests, pipes).</summary>
    public static CliContext ForWriters(TextWriter output, TextWriter error)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 120;
        return new CliContext(console, output, error, false);
    }
}
