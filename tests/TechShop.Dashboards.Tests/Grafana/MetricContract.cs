using System.Text.RegularExpressions;

namespace TechShop.Dashboards.Tests.Grafana;

/// <summary>
/// The CloudWatch metric contract of docs/dashboards.md: the table under "## CloudWatch metric contract", one row
/// per metric (<c>| `Name` | unit | `Dim1`, `Dim2` | meaning |</c>), the EMF the functions emit in namespace TechShop.
/// </summary>
internal static partial class MetricContract
{
    public const string Heading = "## CloudWatch metric contract";

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Read(string markdown)
    {
        var start = markdown.IndexOf(Heading, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidDataException($"docs/dashboards.md has no '{Heading}' section.");
        }

        var metrics = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var line in markdown[(start + Heading.Length)..].Split('\n').Select(l => l.Trim()))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                break;
            }

            var cells = line.Split('|', StringSplitOptions.TrimEntries);
            if (cells.Length < 5 || !line.StartsWith('|'))
            {
                continue;
            }

            var name = BacktickedPattern().Match(cells[1]);
            if (!name.Success)
            {
                continue;
            }

            var dimensions = BacktickedPattern().Matches(cells[3]).Select(m => m.Groups[1].Value).ToArray();
            metrics.Add(name.Groups[1].Value, dimensions);
        }

        return metrics;
    }

    [GeneratedRegex("`([A-Za-z0-9]+)`")]
    private static partial Regex BacktickedPattern();
}
