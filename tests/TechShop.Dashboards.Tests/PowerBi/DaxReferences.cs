using System.Text;
using System.Text.RegularExpressions;

namespace TechShop.Dashboards.Tests.PowerBi;

/// <summary>Finds the column and measure references of a DAX expression, ignoring string literals and comments.</summary>
internal static partial class DaxReferences
{
    public static IReadOnlyList<DaxReference> Find(string dax) =>
        Reference().Matches(WithoutStringsAndComments(dax))
            .Select(m => new DaxReference(
                m.Groups["quoted"].Success ? m.Groups["quoted"].Value.Replace("''", "'", StringComparison.Ordinal)
                    : m.Groups["table"].Success ? m.Groups["table"].Value : null,
                m.Groups["name"].Value.Replace("]]", "]", StringComparison.Ordinal)))
            .ToList();

    private static string WithoutStringsAndComments(string dax)
    {
        var text = new StringBuilder(dax.Length);
        for (var i = 0; i < dax.Length; i++)
        {
            if (dax[i] == '"')
            {
                // "" inside a string is an escaped quote: skip to the closing quote.
                i++;
                while (i < dax.Length && !(dax[i] == '"' && (i + 1 >= dax.Length || dax[i + 1] != '"')))
                {
                    i += dax[i] == '"' ? 2 : 1;
                }

                text.Append("\"\"");
            }
            else if (i + 1 < dax.Length && (dax[i..(i + 2)] is "//" or "--"))
            {
                while (i < dax.Length && dax[i] != '\n')
                {
                    i++;
                }

                text.Append('\n');
            }
            else if (i + 1 < dax.Length && dax[i..(i + 2)] == "/*")
            {
                var end = dax.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? dax.Length : end + 1;
                text.Append(' ');
            }
            else
            {
                text.Append(dax[i]);
            }
        }

        return text.ToString();
    }

    [GeneratedRegex(@"(?:'(?<quoted>(?:[^']|'')+)'|(?<table>[A-Za-z_][A-Za-z0-9_]*))?\[(?<name>(?:[^\]]|\]\])+)\]")]
    private static partial Regex Reference();
}
