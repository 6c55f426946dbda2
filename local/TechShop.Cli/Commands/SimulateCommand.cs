using System.CommandLine;
using TechShop.Avro.Events;
using TechShop.Avro.Registry;
using TechShop.Cli.Infrastructure;
using TechShop.Local.Generator;
using TechShop.Local.Streaming;

namespace TechShop.Cli.Commands;

/// <summary>
/// <c>techshop simulate</c>: produces the generated event stream (Avro, Confluent wire format) to any Kafka cluster
/// and schema registry, for example a real MSK cluster, and prints what the brokers acknowledged per topic.
/// </summary>
internal sealed class SimulateCommand : ICliCommand
{
    private readonly Option<string> _bootstrap = new("--bootstrap-servers") { Description = "Kafka bootstrap servers, host:port[,host:port]", Required = true };
    private readonly Option<string> _registryUrl = new("--registry-url") { Description = "Confluent-compatible schema registry URL", Required = true };
    private readonly Option<double> _rate = CliOptions.Positive("--rate", "Events per second [default: as fast as it goes]", double.PositiveInfinity);
    private readonly Option<int> _count = CliOptions.Integer("--count", "Produce at most this many events (0 = the whole stream)", 0);
    private readonly Option<int> _days = CliOptions.Integer("--days", "Last days of the period to stream", 30);
    private readonly Option<double> _scale = CliOptions.Positive("--scale", "Dataset size", 1.0);
    private readonly Option<int> _seed = CliOptions.Integer("--seed", "Generator seed", 42);
    private readonly Option<double> _badRate = CliOptions.Rate("--bad-rate", "Share of order events made malformed", 0.0);
    private readonly Option<double> _lateRate = CliOptions.Rate("--late-rate", "Share of order events published late", 0.02);

    public Command Create(CliContext context)
    {
        var command = new Command("simulate", "Produce the Tech Shop event stream to any Kafka cluster and schema registry");
        foreach (var option in new Option[] { _bootstrap, _registryUrl, _rate, _count, _days, _scale, _seed, _badRate, _lateRate })
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, cancellationToken) => RunAsync(parse, context, cancellationToken));
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CliContext context, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(parse.GetValue(_registryUrl), UriKind.Absolute, out var registryUrl) || registryUrl.Scheme is not ("http" or "https"))
        {
            throw new CliUsageException("--registry-url", $"expected an http(s) URL, got '{parse.GetValue(_registryUrl)}'.");
        }

        var days = parse.GetValue(_days);
        var count = parse.GetValue(_count);
        if (days < 1 || count < 0)
        {
            throw new CliUsageException(days < 1 ? "--days" : "--count", days < 1 ? $"expected at least 1, got {days}." : $"expected 0 or more, got {count}.");
        }

        var generator = new GeneratorOptions { Seed = parse.GetValue(_seed), Scale = parse.GetValue(_scale) };
        var dataset = TechShopGenerator.Create(generator);
        var events = EventStream.Build(dataset, new EventStreamOptions
        {
            From = generator.To.AddDays(-(days - 1)),
            To = generator.To,
            BadRate = parse.GetValue(_badRate),
            LateRate = parse.GetValue(_lateRate),
        });
        var selected = count > 0 ? events.Take(count).ToList() : events;
        var rate = parse.GetValue(_rate);
        using var http = new HttpClient();
        var encoder = new StreamRecordEncoder(new EventEncoder(new SchemaRegistryClient(http, new SchemaRegistryClientOptions { Url = registryUrl })));
        using var producer = new StreamProducer(parse.GetValue(_bootstrap)!, encoder);
        var report = await producer.ProduceAsync(selected, double.IsPositiveInfinity(rate) ? null : rate, null, cancellationToken);
        foreach (var (topic, delivered) in report.DeliveredByTopic.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            await context.Output.WriteLineAsync($"{topic}: {delivered:N0} delivered, {report.FailedByTopic.GetValueOrDefault(topic):N0} refused");
        }

        await context.Output.WriteLineAsync($"{report.Delivered:N0} events in {report.Elapsed.TotalSeconds:0.0} s");
        if (report.Failed > 0)
        {
            await context.Error.WriteLineAsync($"techshop simulate: {report.Failed} records were refused (first: {producer.FirstError}).");
            return ExitCodes.Failure;
        }

        return ExitCodes.Success;
    }
}
