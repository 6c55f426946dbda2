using System.Text;
using System.Text.RegularExpressions;

namespace TechShop.Dashboards.Tests.PowerBi;

/// <summary>
/// The small SQL reading the gold models need: comments removed, tokens found at parenthesis depth 0 outside string
/// literals, a SELECT list split into its items, each item's output name (alias or column) and declared type.
/// </summary>
internal static partial class SqlText
{
    public static string WithoutComments(string sql)
    {
        var text = new StringBuilder(sql.Length);
        var inString = false;
        for (var i = 0; i < sql.Length; i++)
        {
            if (!inString && sql[i] == '-' && i + 1 < sql.Length && sql[i + 1] == '-')
            {
                while (i < sql.Length && sql[i] != '\n')
                {
                    i++;
                }
            }

            if (i < sql.Length)
            {
                inString ^= sql[i] == '\'';
                text.Append(sql[i]);
            }
        }

        return text.ToString();
    }

    /// <summary>The first index at or after start where token occurs at depth 0 (a keyword only as a whole word), or -1.</summary>
    public static int TopLevelIndexOf(string text, string token, int start = 0)
    {
        var depth = 0;
        var inString = false;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\'')
            {
                inString = !inString;
            }
            else if (!inString && c == '(')
            {
                depth++;
            }
            else if (!inString && c == ')')
            {
                if (depth == 0 && token == ")")
                {
                    return i;
                }

                depth--;
            }
            else if (!inString && depth == 0 && Matches(text, i, token))
            {
                return i;
            }
        }

        return -1;
    }

    public static IReadOnlyList<string> SplitTopLevel(string text, char separator)
    {
        var parts = new List<string>();
        var from = 0;
        while (TopLevelIndexOf(text, separator.ToString(), from) is var at and >= 0)
        {
            parts.Add(text[from..at].Trim());
            from = at + 1;
        }

        parts.Add(text[from..].Trim());
        return parts;
    }

    /// <summary>The output columns of a statement's main SELECT (the first at depth 0, after any WITH clause).</summary>
    public static IReadOnlyList<(string Name, string? DeclaredType)> SelectList(string statement, string where)
    {
        var select = TopLevelIndexOf(statement, "SELECT");
        var from = select < 0 ? -1 : TopLevelIndexOf(statement, "FROM", select);
        if (select < 0 || from < 0)
        {
            throw new InvalidDataException($"{where}: no top-level SELECT ... FROM to read the output columns from.");
        }

        var list = statement[(select + "SELECT".Length)..from];
        return SplitTopLevel(list, ',').Select(item => (OutputName(item, where), DeclaredType(item))).ToList();
    }

    private static string OutputName(string item, string where)
    {
        var alias = LastTopLevelAs(item);
        if (alias >= 0 && Identifier().Match(item[(alias + 2)..].Trim()) is { Success: true } name)
        {
            return name.Value;
        }

        return QualifiedColumn().Match(item) is { Success: true } column
            ? column.Groups["column"].Value
            : throw new InvalidDataException($"{where}: the SELECT item '{item}' has no alias and is not a column.");
    }

    /// <summary>The SQL type the expression declares (an outer CAST, or a form whose type is certain), else null.</summary>
    public static string? DeclaredType(string item)
    {
        var alias = LastTopLevelAs(item);
        var expression = (alias >= 0 ? item[..alias] : item).Trim();
        if (OuterCall(expression, "CAST") is { } cast)
        {
            var asAt = LastTopLevelAs(cast);
            return asAt < 0 ? null : cast[(asAt + 2)..].Trim().ToUpperInvariant();
        }

        if (OuterCall(expression, "COUNT") is not null || OuterCall(expression, "DATEDIFF") is not null
            || OuterCall(expression, "RANK") is not null || OuterCall(expression, "NTILE") is not null)
        {
            return "BIGINT";
        }

        if (OuterCall(expression, "MD5") is not null || TopLevelIndexOf(expression, "||") >= 0 || IsStringCase(expression)
            || (OuterCall(expression, "COALESCE") is { } args && SplitTopLevel(args, ',')[^1].StartsWith('\'')))
        {
            return "VARCHAR";
        }

        return !expression.StartsWith("CASE", StringComparison.OrdinalIgnoreCase) && Comparison().IsMatch(TopLevelOnly(expression))
            ? "BOOLEAN"
            : null;
    }

    private static bool IsStringCase(string expression) =>
        expression.StartsWith("CASE", StringComparison.OrdinalIgnoreCase)
        && CaseResult().Matches(expression) is { Count: > 0 } results
        && results.All(r => r.Groups["value"].Value.StartsWith('\''));

    /// <summary>The arguments of name(...) when the call is the whole expression, else null.</summary>
    private static string? OuterCall(string expression, string name)
    {
        if (!Regex.IsMatch(expression, $@"^{name}\s*\(", RegexOptions.IgnoreCase))
        {
            return null;
        }

        var open = expression.IndexOf('(', StringComparison.Ordinal);
        var close = TopLevelIndexOf(expression[(open + 1)..], ")");
        return close >= 0 && open + 1 + close == expression.Length - 1 ? expression[(open + 1)..^1] : null;
    }

    private static int LastTopLevelAs(string text)
    {
        var last = -1;
        while (TopLevelIndexOf(text, "AS", last + 1) is var at and >= 0)
        {
            last = at;
        }

        return last;
    }

    private static string TopLevelOnly(string text)
    {
        var result = new StringBuilder();
        var depth = 0;
        var inString = false;
        foreach (var c in text)
        {
            inString ^= c == '\'';
            depth += !inString && c == '(' ? 1 : 0;
            result.Append(depth == 0 && !inString ? c : ' ');
            depth -= !inString && c == ')' ? 1 : 0;
        }

        return result.ToString();
    }

    private static bool Matches(string text, int at, string token)
    {
        if (string.Compare(text, at, token, 0, token.Length, StringComparison.OrdinalIgnoreCase) != 0)
        {
            return false;
        }

        if (!char.IsLetter(token[0]))
        {
            return true;
        }

        var before = at == 0 || !IsWordChar(text[at - 1]);
        var after = at + token.Length >= text.Length || !IsWordChar(text[at + token.Length]);
        return before && after;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '.';

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"^(?:[A-Za-z_][A-Za-z0-9_]*\.)?(?<column>[A-Za-z_][A-Za-z0-9_]*)$")]
    private static partial Regex QualifiedColumn();

    [GeneratedRegex(@"(<>|>=|<=|=|<|>|\bIS\b|\bIN\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Comparison();

    [GeneratedRegex(@"\b(?:THEN|ELSE)\s+(?<value>\S)", RegexOptions.IgnoreCase)]
    private static partial Regex CaseResult();
}
