using System.Globalization;
using TechShop.Local.Pipeline;

namespace TechShop.Cli.Commands;

/// <summary>Prints a run's summary as plain aligned text (readable in a terminal, a log or a CI job).</summary>
internal static class RunSummaryPrinter
{
    public static void Print(TextWriter output, PipelineSummary summary)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine();
        output.WriteLine(string.Create(c, $"TechShop run: {(summary.Passed ? "PASSED" : "FAILED")} in {summary.ElapsedSeconds:0.0} s  (period {summary.From:yyyy-MM-dd}..{summary.To:yyyy-MM-dd}, streamed from {summary.StreamFrom:yyyy-MM-dd}, scale {summary.Scale}, seed {summary.Seed})"));
        output.WriteLine();
        output.WriteLine("Rows per layer");
        foreach (var table in summary.Layers)
        {
            output.WriteLine(string.Create(c, $"  {table.Layer,-9} {table.Table,-32} {table.Rows,12:N0}"));
        }

        output.WriteLine();
        output.WriteLine("Nothing lost (produced = written + dead-lettered), per topic");
        foreach (var t in summary.Topics)
        {
            var reasons = t.DeadLetteredByReason.Count == 0 ? string.Empty : "  [" + string.Join(", ", t.DeadLetteredByReason.Select(r => $"{r.Key} {r.Value}")) + "]";
            output.WriteLine(string.Create(c,
                $"  {t.Topic,-10} produced {t.Produced,9:N0} = written {t.Written,9:N0} + dead-lettered {t.DeadLettered,6:N0}   archived {t.Archived,9:N0}   {(t.Reconciled ? "OK" : "MISMATCH")}{reasons}"));
        }

        var bad = summary.BadRecords;
        output.WriteLine(string.Create(c, $"  malformed records emitted vs dead-lettered: {(bad.Matches ? "match" : "MISMATCH")} ({string.Join(", ", bad.Expected.Select(e => $"{e.Key} {e.Value}/{bad.DeadLettered.GetValueOrDefault(e.Key)}"))})"));
        output.WriteLine();
        var revenue = summary.Revenue;
        var verdict = revenue.Agrees ? "agree to the cent" : revenue.Required ? "DISAGREE" : "differ (informational with --bad-rate: dead-lettered orders are not in realtime)";
        output.WriteLine(string.Create(c, $"Revenue {revenue.From:yyyy-MM-dd}..{revenue.To:yyyy-MM-dd}: realtime {revenue.RealtimeTotalUsd:N2} USD, gold {revenue.GoldTotalUsd:N2} USD over {revenue.Days.Count} days: {verdict}"));
        foreach (var day in revenue.Days.Where(d => d.DifferenceUsd != 0m).Take(10))
        {
            output.WriteLine(string.Create(c, $"  {day.OrderDate:yyyy-MM-dd} realtime {day.RealtimeUsd:N2} gold {day.GoldUsd:N2} difference {day.DifferenceUsd:N2}"));
        }

        output.WriteLine();
        var quality = summary.Quality;
        output.WriteLine(string.Create(c, $"Quality gate: {(quality.Passed ? "passed" : "FAILED")} (gold {quality.GoldStatus ?? "not built"}, run {quality.RunId ?? "-"}, {quality.Checks.Count} checks)"));
        foreach (var check in quality.Checks.Where(k => !string.Equals(k.Status, "PASS", StringComparison.OrdinalIgnoreCase)))
        {
            output.WriteLine(string.Create(c, $"  {check.Status,-5} {check.Severity,-6} {check.Name} observed {check.Observed?.ToString(c) ?? "NULL"} threshold {check.Threshold}"));
        }

        output.WriteLine();
        var s = summary.Stream;
        output.WriteLine(string.Create(c, $"Stream: {s.Events:N0} events in {s.Seconds:0.0} s = {s.EventsPerSecond:N0} events/s; processing lag p50 {s.LagP50Ms} ms, p99 {s.LagP99Ms} ms, max {s.LagMaxMs} ms; {s.EnrichInvocations} enrich invocations"));
        var cold = summary.ColdPath;
        output.WriteLine(string.Create(c, $"Cold path: {cold.ExtractFiles:N0} extract files + {cold.ArchiveObjects:N0} archive objects, {cold.BronzeInvocations:N0} bronze-load invocations ({cold.BronzeFailures} extract and {cold.ArchiveLoadFailures} archive loads failed), {cold.SilverRuns} silver and {cold.GoldRuns} gold builds in {cold.Seconds:0.0} s"));
        if (cold.FirstLoadError is { } error)
        {
            output.WriteLine($"  first failed load: {error}");
        }
    }
}
