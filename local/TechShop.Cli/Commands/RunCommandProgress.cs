using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using TechShop.Cli.Infrastructure;
using TechShop.Local.Pipeline;

namespace TechShop.Cli.Commands;

/// <summary>Run stages as Spectre progress bars on an interactive terminal, or as one plain line per finished stage.</summary>
internal sealed class RunCommandProgress(CliContext context, ProgressContext? bars) : IPipelineProgress
{
    private readonly ConcurrentDictionary<string, (ProgressTask? Task, Stopwatch Watch)> _stages = new(StringComparer.Ordinal);

    public IProgress<long> Start(string stage, long total)
    {
        var task = bars?.AddTask(Markup.Escape(stage), maxValue: Math.Max(total, 1));
        if (task is not null)
        {
            task.IsIndeterminate = total <= 0;
        }

        _stages[stage] = (task, Stopwatch.StartNew());
        return new Reporter(task);
    }

    public void Finish(string stage, string result)
    {
        if (!_stages.TryRemove(stage, out var entry))
        {
            return;
        }

        if (entry.Task is { } task)
        {
            task.IsIndeterminate = false;
            task.Value = task.MaxValue;
            task.Description = Markup.Escape($"{stage}: {result}");
            task.StopTask();
            return;
        }

        context.Output.WriteLine($"{stage}: {result} ({entry.Watch.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s)");
    }

    private sealed class Reporter(ProgressTask? task) : IProgress<long>
    {
        public void Report(long value)
        {
            if (task is not null)
            {
                task.Value = Math.Min(value, task.MaxValue);
            }
        }
    }
}
