using System.CommandLine;

namespace TechShop.Cli.Infrastructure;

/// <summary>
/// One <c>techshop</c> sub-command. To add one: a class implementing this in <c>Commands/</c>, and one line in
/// <see cref="CliCommandCatalog"/>. Validate arguments with option validators (or throw <see cref="CliUsageException"/>
/// at run time); <see cref="TechShopCli"/> turns both into exit code 2, and any other exception into exit code 1.
/// </summary>
internal interface ICliCommand
{
    /// <summary>Builds the command: its options and an action that returns an exit code.</summary>
    Command Create(CliContext context);
}
