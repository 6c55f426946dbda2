namespace TechShop.Cli.Infrastructure;

/// <summary>The exit codes every <c>techshop</c> command returns.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Something unexpected failed; the message says what.</summary>
    public const int Failure = 1;

    /// <summary>The command line was wrong (unknown option, bad value, unusable path): nothing was done.</summary>
    public const int Usage = 2;

    /// <summary>Interrupted (Ctrl+C), as shells report SIGINT.</summary>
    public const int Cancelled = 130;
}
