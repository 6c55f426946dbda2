using System.Text;

namespace TechShop.Core.Warehouse;

/// <summary>Splits a SQL file into statements and binds its <c>{{name}}</c> parameters.</summary>
public static class SqlScript
{
    /// <summary>
    /// The statements of a script, split on <c>;</c> outside quotes and comments; comments are left out (they are
    /// for readers of the file, and a comment-only piece is no statement).
    /// Both engines' APIs run one statement per call, so files are split here rather than by the engine.
    /// </summary>
    public static IReadOnlyList<string> Split(string sql)
    {
        ArgumentNullException.ThrowIfNull(sql);
        var statements = new List<string>();
        var current = new StringBuilder();
        var hasCode = false;
        for (var i = 0; i < sql.Length; i++)
        {
            var c = sql[i];
            if (c == '-' && i + 1 < sql.Length && sql[i + 1] == '-')
            {
                var end = sql.IndexOf('\n', i);
                end = end < 0 ? sql.Length : end;
                i = end - 1;
            }
            else if (c == '/' && i + 1 < sql.Length && sql[i + 1] == '*')
            {
                var end = sql.IndexOf("*/", i + 2, StringComparison.Ordinal);
                end = end < 0 ? sql.Length : end + 2;
                current.Append(' ');
                i = end - 1;
            }
            else if (c is '\'' or '"')
            {
                var end = i + 1;
                while (end < sql.Length && !(sql[end] == c && (end + 1 >= sql.Length || sql[end + 1] != c)))
                {
                    end += sql[end] == c ? 2 : 1;
                }

                end = Math.Min(end + 1, sql.Length);
                current.Append(sql, i, end - i);
                hasCode = true;
                i = end - 1;
            }
            else if (c == ';')
            {
                Flush();
            }
            else
            {
                current.Append(c);
                hasCode |= !char.IsWhiteSpace(c);
            }
        }

        Flush();
        return statements;

        void Flush()
        {
            if (hasCode)
            {
                statements.Add(current.ToString().Trim());
            }

            current.Clear();
            hasCode = false;
        }
    }

    /// <summary>Replaces each <c>{{name}}</c> with its value; a name without a value is an error naming it and the file.</summary>
    public static string Bind(string sql, IReadOnlyDictionary<string, string> parameters, string source)
    {
        ArgumentNullException.ThrowIfNull(sql);
        ArgumentNullException.ThrowIfNull(parameters);
        var result = new StringBuilder(sql.Length);
        var position = 0;
        while (true)
        {
            var open = sql.IndexOf("{{", position, StringComparison.Ordinal);
            if (open < 0)
            {
                result.Append(sql, position, sql.Length - position);
                return result.ToString();
            }

            var close = sql.IndexOf("}}", open + 2, StringComparison.Ordinal);
            if (close < 0)
            {
                throw new SqlModelException(source, $"'{{{{' at offset {open} has no closing '}}}}'.");
            }

            var name = sql[(open + 2)..close].Trim();
            if (!parameters.TryGetValue(name, out var value))
            {
                throw new SqlModelException(source, $"parameter '{name}' has no value; the caller gave: {string.Join(", ", parameters.Keys)}.");
            }

            result.Append(sql, position, open - position).Append(value);
            position = close + 2;
        }
    }
}
