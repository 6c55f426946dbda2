using TechShop.Cli.Commands;

namespace TechShop.Cli.Infrastructure;

/// <summary>Every sub-command of <c>techshop</c>: one registration line each.</summary>
internal static class CliCommandCatalog
{
    public static IReadOnlyList<ICliCommand> All { get; } =
    [
        new GenerateCommand(),
        new DelegateCliCommand(_ => InvokeCommand.Create()),
        new DelegateCliCommand(_ => SqlCommand.Create()),
        new RunCommand(),
        new KafkaCommand(),
        new SimulateCommand(),
        new DashboardCommand(),
    ];
}
