using System.CommandLine;
using System.Text.Json;
using Spectre.Console;
using TechShop.Cli.Infrastructure;
using TechShop.Local.Generator;
using TechShop.Local.Pipeline;

namespace TechShop.Cli.Commands;

/// <summary>
/// <c>techshop run</c>: the whole pipeline on one machine, offline, on the embedded stand-ins; prints the summary
/// (and writes it as JSON with <c>--summary FILE</c>); exit code 1 when reconciliation, revenue or the gate fails.
/// </summary>
internal sealed class RunCommand : ICliCommand
{
    private readonly Option<string> _dataDir = new("--data-dir") { Description = "Where the embedded stores live (resumable)", DefaultValueFactory = _ => "./.techshop" };
    private readonly Option<bool> _fresh = new("--fresh") { Description = "Delete the stores in --data-dir first and start over" };
    private readonly Option<double> _scale = CliOptions.Positive("--scale", "Dataset size (1 = ~15,000 customers, ~26,000 orders over five years)", 1.0);
    private readonly Option<int> _seed = CliOptions.Integer("--seed", "Generator seed", 42);
    private readonly Option<DateOnly?> _from = CliOptions.Date("--from", "First day of the period [default: 2021-01-01]");
    private readonly Option<DateOnly?> _to = CliOptions.Date("--to", "Last day of the period [default: 2025-12-31]");
    private readonly Option<int> _days = CliOptions.Integer("--days", "Last days of the period streamed through Kafka", 30);
    private readonly Option<double> _rate = CliOptions.Positive("--rate", "Events per second produced [default: as fast as it goes]", double.PositiveInfinity);
    private readonly Option<double> _badRate = CliOptions.Rate("--bad-rate", "Share of order events made malformed (each must be dead-lettered)", 0.0);
    private readonly Option<double> _lateRate = CliOptions.Rate("--late-rate", "Share of order events published late", 0.02);
    private readonly Option<int> _batchSize = CliOptions.Integer("--batch-size", "Records per stream invocation (the MSK mapping's BatchSize, 1..10000)", 500);
    private readonly Option<int> _bronzeBatchSize = CliOptions.Integer("--bronze-batch-size", "Lake notifications per bronze-load invocation (an S3 → SQS mapping's BatchSize, 1..10000)", 1000);
    private readonly Option<FileInfo?> _summary = new("--summary") { Description = "Also write the summary as JSON to FILE", HelpName = "FILE" };
    private readonly Option<bool> _dashboard = new("--dashboard") { Description = "Serve the live local dashboard on 127.0.0.1 while the run streams (see techshop dashboard)" };
    private readonly Option<int> _dashboardPort = CliOptions.Integer("--dashboard-port", "Port of the --dashboard server (0 = any free port)", 5080);

    public Command Create(CliContext context)
    {
        var command = new Command("run", "Run the whole pipeline offline on the embedded stand-ins and prove it lost nothing");
        foreach (var option in new Option[] { _dataDir, _fresh, _scale, _seed, _from, _to, _days, _rate, _badRate, _lateRate, _batchSize, _bronzeBatchSize, _summary, _dashboard, _dashboardPort })
        {
            command.Options.Add(option);
        }

        command.Validators.Add(result =>
        {
            var from = CliOptions.DayOrDefault(result.GetResult(_from), GeneratorOptions.DefaultFrom);
            var to = CliOptions.DayOrDefault(result.GetResult(_to), GeneratorOptions.DefaultTo);
            if (from > to)
            {
                result.AddError($"--from: expected a day on or before --to ({to:yyyy-MM-dd}), got {from:yyyy-MM-dd}.");
            }
        });
        command.SetAction((parse, cancellationToken) => RunAsync(parse, context, cancellationToken));
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CliContext context, CancellationToken cancellationToken)
    {
        var rate = parse.GetValue(_rate);
        var options = new PipelineOptions
        {
            DataDirectory = parse.GetValue(_dataDir)!,
            Fresh = parse.GetValue(_fresh),
            Scale = parse.GetValue(_scale),
            Seed = parse.GetValue(_seed),
            From = parse.GetValue(_from) ?? GeneratorOptions.DefaultFrom,
            To = parse.GetValue(_to) ?? GeneratorOptions.DefaultTo,
            StreamDays = parse.GetValue(_days),
            EventsPerSecond = double.IsPositiveInfinity(rate) ? null : rate,
            BadRate = parse.GetValue(_badRate),
            LateRate = parse.GetValue(_lateRate),
            BatchSize = parse.GetValue(_batchSize),
            BronzeBatchSize = parse.GetValue(_bronzeBatchSize),
        };
        try
        {
            options.Validate();
        }
        catch (PipelineConfigurationException e)
        {
            throw new CliUsageException(e.Setting, Problem(e), e);
        }

        var port = parse.GetValue(_dashboardPort);
        if (port is < 0 or > 65535)
        {
            throw new CliUsageException("--dashboard-port", $"expected a port from 0 to 65535, got {port}");
        }

        var onPrepared = parse.GetValue(_dashboard) ? (directory, token) => RunDashboard.StartAsync(context, directory, port, token) : (Func<string, CancellationToken, Task<IAsyncDisposable>>?)null;
        Task<PipelineSummary> Run(ProgressContext? bars) =>
            new PipelineRunner(options, new RunCommandProgress(context, bars), onPrepared: onPrepared).RunAsync(cancellationToken);
        PipelineSummary summary;
        try
        {
            summary = context.Interactive
                ? await context.Console.Progress().AutoClear(false)
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
                    .StartAsync(Run)
                : await Run(null);
        }
        catch (PipelineConfigurationException e)
        {
            throw new CliUsageException(e.Setting, Problem(e), e);
        }
        catch (PipelineStageException e)
        {
            await context.Error.WriteLineAsync($"techshop run: {e.Message}{(e.InnerException is null ? string.Empty : " (" + e.InnerException.Message + ")")}");
            return ExitCodes.Failure;
        }

        RunSummaryPrinter.Print(context.Output, summary);
        if (parse.GetValue(_summary) is { } file)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file.FullName))!);
            await File.WriteAllBytesAsync(file.FullName, JsonSerializer.SerializeToUtf8Bytes(summary, PipelineSummaryJsonContext.Default.PipelineSummary), cancellationToken);
        }

        return summary.Passed ? ExitCodes.Success : ExitCodes.Failure;
    }

    // The exception's message starts with the setting; CliUsageException adds it again.
    private static string Problem(PipelineConfigurationException e) =>
        e.Message.StartsWith(e.Setting + ": ", StringComparison.Ordinal) ? e.Message[(e.Setting.Length + 2)..] : e.Message;
}
