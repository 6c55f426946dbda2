using System.CommandLine;

namespace TechShop.Cli.Infrastructure;

/// <summary>Registers a command that is built by a static factory (commands that own their composition).</summary>
internal sealed class DelegateCliCommand(Func<CliContext, Command> create) : ICliCommand
{
    public Command Create(CliContext context) => create(context);
}
