using System.Diagnostics;
using System.Globalization;
using Spectre.Console;

namespace TechShop.Cli.Infrastructure;

/// <summary>
/// Progress for long work: a Spectre progress bar on an interactive terminal, otherwise one plain line per finished
/// step (so logs and pipes stay readable).
/// </summary>
internal sealed class CliProgress
{
    private readonly ProgressContext? _bars;
    private readonly CliContext _context;

    private CliProgress(ProgressContext? bars, CliContext context)
    {
        _bars = bars;
        _context = context;
    }

    /// <summary>Runs <paramref name="work"/> with progress shown the way the console allows.</summary>
    public static T Run<T>(CliContext context, Func<CliProgress, T> work)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(work);
        if (!context.Interactive)
        {
            return work(new CliProgress(null, context));
        }

        return context.Console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .Start(bars => work(new CliProgress(bars, context)));
    }

    /// <summary>One step of unknown length.</summary>
    public T Step<T>(string description, Func<T> work) => Counted(description, 1, _ => work());

    /// <summary>One step of <paramref name="total"/> units; <paramref name="work"/> reports units done so far.</summary>
    public T Counted<T>(string description, int total, Func<IProgress<int>, T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var watch = Stopwatch.StartNew();
        if (_bars is null)
        {
            var plainResult = work(new Progress<int>(_ => { }));
            _context.Output.WriteLine($"{description}: done in {watch.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s");
            return plainResult;
        }

        var task = _bars.AddTask(Markup.Escape(description), maxValue: Math.Max(total, 1));
        task.IsIndeterminate = total <= 1;
        var result = work(new SynchronousProgress(done => task.Value = done));
        task.IsIndeterminate = false;
        task.Value = task.MaxValue;
        task.StopTask();
        return result;
    }

    // Progress<T> posts to the thread pool; a bar must move while the (synchronous) work runs, so report inline.
    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
