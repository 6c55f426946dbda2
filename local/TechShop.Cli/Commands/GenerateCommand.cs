using System.CommandLine;
using TechShop.Cli.Infrastructure;
using TechShop.Local.Generator;

namespace TechShop.Cli.Commands;

/// <summary>
/// <c>techshop generate</c>: generates the Tech Shop dataset and writes the daily extracts below DIR in the lake
/// layout (<c>raw/batch/...</c>) and the event stream as <c>DIR/stream/events.jsonl</c>, then prints a summary.
/// </summary>
internal sealed class GenerateCommand : ICliCommand
{
    public const string StreamFile = "stream/events.jsonl";

    private readonly Option<DirectoryInfo> _out = CliOptions.OutputDirectory("--out", "Directory to write the lake layout and the stream below (created if missing)");
    private readonly Option<int> _seed = CliOptions.Integer("--seed", "Seed: the same seed gives byte-identical files", 42);
    private readonly Option<double> _scale = CliOptions.Positive("--scale", "Multiplies customers and orders (1 = ~15,000 customers, ~26,000 orders)", 1.0);
    private readonly Option<double> _badRate = CliOptions.Rate("--bad-rate", "Share of order events made malformed, spread over the bad record kinds", 0.0);
    private readonly Option<double> _lateRate = CliOptions.Rate("--late-rate", "Share of order events published late, out of event-time order", 0.02);
    private readonly Option<DateOnly?> _from = CliOptions.Date("--from", "First day of the period [default: 2021-01-01]");
    private readonly Option<DateOnly?> _to = CliOptions.Date("--to", "Last day of the period [default: 2025-12-31]");

    public Command Create(CliContext context)
    {
        var command = new Command("generate", "Generate the Tech Shop dataset: daily extracts in the lake layout and the event stream");
        foreach (var option in new Option[] { _out, _seed, _scale, _badRate, _lateRate, _from, _to })
        {
            command.Options.Add(option);
        }

        command.Validators.Add(result =>
        {
            // Read the days from their tokens: a day that did not parse has its own error, and GetValue would throw.
            var from = CliOptions.DayOrDefault(result.GetResult(_from), GeneratorOptions.DefaultFrom);
            var to = CliOptions.DayOrDefault(result.GetResult(_to), GeneratorOptions.DefaultTo);
            if (from > to)
            {
                result.AddError($"--from: expected a day on or before --to ({to:yyyy-MM-dd}), got {from:yyyy-MM-dd}.");
            }
        });
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(parse, context, cancellationToken)));
        return command;
    }

    private int Run(ParseResult parse, CliContext context, CancellationToken cancellationToken)
    {
        var output = CliOptions.EnsureWritable(parse.GetRequiredValue(_out), "--out");
        var options = new GeneratorOptions
        {
            Seed = parse.GetValue(_seed),
            Scale = parse.GetValue(_scale),
            From = parse.GetValue(_from) ?? GeneratorOptions.DefaultFrom,
            To = parse.GetValue(_to) ?? GeneratorOptions.DefaultTo,
        };
        var streamOptions = new EventStreamOptions { LateRate = parse.GetValue(_lateRate), BadRate = parse.GetValue(_badRate) };

        var summary = CliProgress.Run(context, progress =>
        {
            var dataset = progress.Step("Generating dataset", () => TechShopGenerator.Create(options));
            cancellationToken.ThrowIfCancellationRequested();
            var extracts = progress.Step("Building daily extracts", () => DailyExtracts.Build(dataset));
            cancellationToken.ThrowIfCancellationRequested();
            var bytes = progress.Counted("Writing daily extracts", extracts.Count, report => WriteExtracts(output, extracts, report, cancellationToken));
            var events = progress.Step("Building event stream", () => EventStream.Build(dataset, streamOptions));
            cancellationToken.ThrowIfCancellationRequested();
            var streamBytes = progress.Counted("Writing event stream", events.Count, report => WriteStream(output, events, report));
            return new GenerateSummary(dataset, extracts, events, streamOptions.BadRate, bytes + streamBytes);
        });

        summary.Render(context);
        return ExitCodes.Success;
    }

    private static long WriteExtracts(DirectoryInfo output, IReadOnlyList<ExtractFile> extracts, IProgress<int> report, CancellationToken cancellationToken)
    {
        long bytes = 0;
        for (var i = 0; i < extracts.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var file = extracts[i];
            WriteAtomically(Path.Combine(output.FullName, file.Key), stream => stream.Write(file.Content.Span));
            bytes += file.Content.Length;
            if (i % 100 == 0)
            {
                report.Report(i);
            }
        }

        report.Report(extracts.Count);
        return bytes;
    }

    private static long WriteStream(DirectoryInfo output, IReadOnlyList<StreamEvent> events, IProgress<int> report)
    {
        var path = Path.Combine(output.FullName, StreamFile);
        WriteAtomically(path, stream => StreamEventJson.WriteLines(events, stream, report));
        return new FileInfo(path).Length;
    }

    // Write beside, then rename: a reader (or a rerun after Ctrl+C) never sees half a file.
    private static void WriteAtomically(string path, Action<Stream> write)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            write(stream);
        }

        File.Move(temporary, path, overwrite: true);
    }
}
