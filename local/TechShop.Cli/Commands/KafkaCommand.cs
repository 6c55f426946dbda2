using System.CommandLine;
using TechShop.Cli.Infrastructure;
using TechShop.Local.Kafka;
using TechShop.Local.Registry;
using TechShop.Local.Streaming;

namespace TechShop.Cli.Commands;

/// <summary>
/// <c>techshop kafka</c>: a standalone embedded Kafka cluster (3 brokers, the hot path's topics) and schema registry;
/// prints the bootstrap servers and the registry URL, then runs until Ctrl-C.
/// </summary>
internal sealed class KafkaCommand : ICliCommand
{
    private readonly Option<string> _dataDir = new("--data-dir") { Description = "Where the registry keeps its state", DefaultValueFactory = _ => "./.techshop" };
    private readonly Option<int> _brokers = CliOptions.Integer("--brokers", "Brokers in the cluster (1..16)", 3);
    private readonly Option<int> _registryPort = CliOptions.Integer("--registry-port", "Registry port on 127.0.0.1 (0 = any free port)", 0);

    public Command Create(CliContext context)
    {
        var command = new Command("kafka", "Run an embedded Kafka cluster and schema registry until Ctrl-C");
        foreach (var option in new Option[] { _dataDir, _brokers, _registryPort })
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, cancellationToken) => RunAsync(parse, context, cancellationToken));
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CliContext context, CancellationToken cancellationToken)
    {
        var brokers = parse.GetValue(_brokers);
        if (brokers is < 1 or > 16)
        {
            throw new CliUsageException("--brokers", $"expected 1 to 16, got {brokers}.");
        }

        var port = parse.GetValue(_registryPort);
        if (port is < 0 or > 65535)
        {
            throw new CliUsageException("--registry-port", $"expected 0 to 65535, got {port}.");
        }

        using var cluster = EmbeddedKafkaCluster.Start(brokers, StreamTopics.Specs);
        await using var registry = await EmbeddedSchemaRegistry.StartAsync(
            new EmbeddedSchemaRegistryOptions { DataDirectory = Path.Combine(parse.GetValue(_dataDir)!, "registry"), Port = port }, cancellationToken);
        await context.Output.WriteLineAsync($"bootstrap servers: {cluster.BootstrapServers}");
        await context.Output.WriteLineAsync($"registry url:      {registry.Url}");
        await context.Output.WriteLineAsync($"topics:            {string.Join(", ", StreamTopics.Specs.Select(t => $"{t.Name} ({t.Partitions} partitions)"))}");
        await context.Output.WriteLineAsync("Running until Ctrl-C (the log is in memory, about 5 MiB per partition).");
        await context.Output.FlushAsync(cancellationToken);
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Ctrl-C is the normal way to stop.
        }

        return ExitCodes.Success;
    }
}
