namespace TechShop.Cli.Infrastructure;

/// <summary>
/// A usage error found while running a command (e.g. an output directory that cannot be written): reported as one
/// line naming the option and what was expected, exit code <see cref="ExitCodes.Usage"/>, no stack trace.
/// </summary>
internal sealed class CliUsageException : Exception
{
    public CliUsageException(string option, string message)
        : base($"{option}: {message}") => Option = option;

    public CliUsageException(string option, string message, Exception innerException)
        : base($"{option}: {message}", innerException) => Option = option;

    /// <summary>The option at fault, as typed on the command line (<c>--out</c>).</summary>
    public string Option { get; }
}
