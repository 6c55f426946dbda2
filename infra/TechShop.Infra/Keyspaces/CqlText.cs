using System.Text;
using System.Text.RegularExpressions;

namespace TechShop.Infra.Keyspaces;

/// <summary>Lexical helpers for the DDL subset: comment stripping, statement splitting, parenthesis-aware splitting.</summary>
internal static partial class CqlText
{
    internal static IEnumerable<string> Statements(string text)
    {
        var withoutComments = new StringBuilder();
        foreach (var line in text.Split('\n'))
        {
            var comment = line.IndexOf("--", StringComparison.Ordinal);
            withoutComments.Append(comment >= 0 ? line[..comment] : line).Append(' ');
        }

        return withoutComments.ToString().Split(';')
            .Select(s => Whitespace().Replace(s, " ").Trim())
            .Where(s => s.Length > 0);
    }

    internal static int? MatchingParenthesis(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            depth += text[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (depth == 0)
            {
                return i;
            }
        }

        return null;
    }

    internal static List<string> SplitTopLevel(string text, char separator)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (text[i] == separator && depth == 0)
            {
                parts.Add(text[start..i].Trim());
                start = i + 1;
            }
        }

        parts.Add(text[start..].Trim());
        return parts.Where(p => p.Length > 0).ToList();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
