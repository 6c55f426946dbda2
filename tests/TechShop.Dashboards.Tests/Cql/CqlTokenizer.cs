using System.Text;

namespace TechShop.Dashboards.Tests.Cql;

/// <summary>
/// Splits a panel query into tokens: words, numbers, 'strings' (with '' escapes), operators, and Grafana macros or
/// variables (<c>$__timeFrom</c>, <c>${__to:date:YYYY-MM-DD}</c>) kept whole as one value token.
/// </summary>
internal static class CqlTokenizer
{
    public static List<string> Tokenize(string query)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < query.Length)
        {
            var c = query[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '\'')
            {
                i = ReadString(query, i, tokens);
            }
            else if (c == '$')
            {
                i = ReadMacro(query, i, tokens);
            }
            else if (char.IsLetterOrDigit(c) || c == '_' || (c == '-' && i + 1 < query.Length && char.IsDigit(query[i + 1])))
            {
                var start = i++;
                while (i < query.Length && (char.IsLetterOrDigit(query[i]) || query[i] == '_'))
                {
                    i++;
                }

                tokens.Add(query[start..i]);
            }
            else if ((c is '<' or '>') && i + 1 < query.Length && query[i + 1] == '=')
            {
                tokens.Add(query.Substring(i, 2));
                i += 2;
            }
            else if ("(),.=<>*;".Contains(c, StringComparison.Ordinal))
            {
                tokens.Add(c.ToString());
                i++;
            }
            else
            {
                throw new CqlParseException($"Unexpected character '{c}' at position {i}.");
            }
        }

        return tokens;
    }

    private static int ReadString(string query, int i, List<string> tokens)
    {
        var text = new StringBuilder("'");
        i++;
        while (i < query.Length)
        {
            if (query[i] == '\'')
            {
                if (i + 1 < query.Length && query[i + 1] == '\'')
                {
                    text.Append("''");
                    i += 2;
                    continue;
                }

                tokens.Add(text.Append('\'').ToString());
                return i + 1;
            }

            text.Append(query[i++]);
        }

        throw new CqlParseException("A string literal is not closed with '.");
    }

    private static int ReadMacro(string query, int i, List<string> tokens)
    {
        var start = i++;
        if (i < query.Length && query[i] == '{')
        {
            var close = query.IndexOf('}', i);
            if (close < 0)
            {
                throw new CqlParseException($"A ${{...}} variable at position {start} is not closed with '}}'.");
            }

            tokens.Add(query[start..(close + 1)]);
            return close + 1;
        }

        while (i < query.Length && (char.IsLetterOrDigit(query[i]) || query[i] == '_'))
        {
            i++;
        }

        if (i == start + 1)
        {
            throw new CqlParseException($"A '$' at position {start} names no macro or variable.");
        }

        tokens.Add(query[start..i]);
        return i;
    }
}
