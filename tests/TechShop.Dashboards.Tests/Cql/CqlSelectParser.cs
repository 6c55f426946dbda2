namespace TechShop.Dashboards.Tests.Cql;

/// <summary>
/// Parses the SELECT subset panels use: <c>SELECT col|fn(col), ... FROM ks.table [WHERE rel AND ...]
/// [ORDER BY ...] [PER PARTITION LIMIT n] [LIMIT n] [ALLOW FILTERING]</c>. Grafana macros and variables
/// (<c>$__timeFrom</c>, <c>${__to:date:...}</c>) are values, as they are once Grafana has replaced them.
/// </summary>
internal static class CqlSelectParser
{
    private static readonly HashSet<string> Comparisons = ["=", "<", ">", "<=", ">="];

    public static CqlSelect Parse(string query)
    {
        var tokens = CqlTokenizer.Tokenize(query);
        var at = 0;
        Expect(tokens, ref at, "SELECT");
        var columns = new List<string>();
        var casts = new Dictionary<string, string>(StringComparer.Ordinal);
        if (IsWord(tokens, at, "DISTINCT"))
        {
            at++;
        }

        do
        {
            ReadSelector(tokens, ref at, columns, casts);
        }
        while (TryTake(tokens, ref at, ","));

        Expect(tokens, ref at, "FROM");
        var keyspace = Identifier(tokens, ref at, "a keyspace");
        Expect(tokens, ref at, ".");
        var table = Identifier(tokens, ref at, "a table");

        var where = new List<CqlRestriction>();
        if (TryTakeWord(tokens, ref at, "WHERE"))
        {
            do
            {
                where.Add(ReadRelation(tokens, ref at));
            }
            while (TryTakeWord(tokens, ref at, "AND"));
        }

        if (TryTakeWord(tokens, ref at, "ORDER"))
        {
            Expect(tokens, ref at, "BY");
            do
            {
                Identifier(tokens, ref at, "an ORDER BY column");
                _ = TryTakeWord(tokens, ref at, "ASC") || TryTakeWord(tokens, ref at, "DESC");
            }
            while (TryTake(tokens, ref at, ","));
        }

        if (TryTakeWord(tokens, ref at, "PER"))
        {
            Expect(tokens, ref at, "PARTITION");
            Expect(tokens, ref at, "LIMIT");
            Value(tokens, ref at);
        }

        if (TryTakeWord(tokens, ref at, "LIMIT"))
        {
            Value(tokens, ref at);
        }

        var allowFiltering = false;
        if (TryTakeWord(tokens, ref at, "ALLOW"))
        {
            Expect(tokens, ref at, "FILTERING");
            allowFiltering = true;
        }

        _ = TryTake(tokens, ref at, ";");
        if (at < tokens.Count)
        {
            throw new CqlParseException($"Unexpected '{tokens[at]}' after the query (token {at + 1}).");
        }

        return new CqlSelect(keyspace, table, columns, casts, where, allowFiltering);
    }

    private static void ReadSelector(List<string> tokens, ref int at, List<string> columns, Dictionary<string, string> casts)
    {
        if (TryTake(tokens, ref at, "*"))
        {
            columns.Add("*");
            return;
        }

        var name = Identifier(tokens, ref at, "a column or a function");
        if (!TryTake(tokens, ref at, "("))
        {
            columns.Add(name);
        }
        else if (name == "cast")
        {
            var column = Identifier(tokens, ref at, "the column of CAST");
            Expect(tokens, ref at, "AS");
            casts[column] = Identifier(tokens, ref at, "the type of CAST");
            Expect(tokens, ref at, ")");
            columns.Add(column);
        }
        else
        {
            // A function call (sum(x), count(*), toDate(x)): its arguments are the columns read.
            if (!TryTake(tokens, ref at, ")"))
            {
                do
                {
                    if (!TryTake(tokens, ref at, "*"))
                    {
                        columns.Add(Identifier(tokens, ref at, "a function argument"));
                    }
                }
                while (TryTake(tokens, ref at, ","));
                Expect(tokens, ref at, ")");
            }
        }

        if (TryTakeWord(tokens, ref at, "AS"))
        {
            Identifier(tokens, ref at, "an alias");
        }
    }

    private static CqlRestriction ReadRelation(List<string> tokens, ref int at)
    {
        var column = Identifier(tokens, ref at, "a column in WHERE");
        if (TryTakeWord(tokens, ref at, "IN"))
        {
            Expect(tokens, ref at, "(");
            var values = new List<string>();
            do
            {
                values.Add(Value(tokens, ref at));
            }
            while (TryTake(tokens, ref at, ","));
            Expect(tokens, ref at, ")");
            return new CqlRestriction(column, "IN", values);
        }

        var op = at < tokens.Count ? tokens[at] : "end of query";
        if (!Comparisons.Contains(op))
        {
            throw new CqlParseException($"Expected =, <, >, <=, >= or IN after '{column}', found '{op}'.");
        }

        at++;
        return new CqlRestriction(column, op, [Value(tokens, ref at)]);
    }

    private static string Value(List<string> tokens, ref int at)
    {
        if (at >= tokens.Count)
        {
            throw new CqlParseException("Expected a value, found the end of the query.");
        }

        var token = tokens[at];
        if (token[0] is '\'' or '$' or '-' || char.IsDigit(token[0]) || IsLiteralWord(token))
        {
            at++;
            return token;
        }

        throw new CqlParseException($"Expected a value (number, 'text', $macro), found '{token}'.");
    }

    private static bool IsLiteralWord(string token) =>
        token.Equals("true", StringComparison.OrdinalIgnoreCase) || token.Equals("false", StringComparison.OrdinalIgnoreCase);

    private static string Identifier(List<string> tokens, ref int at, string what)
    {
        if (at < tokens.Count && (char.IsLetter(tokens[at][0]) || tokens[at][0] == '_'))
        {
            return tokens[at++].ToLowerInvariant();
        }

        throw new CqlParseException($"Expected {what}, found '{(at < tokens.Count ? tokens[at] : "end of query")}'.");
    }

    private static void Expect(List<string> tokens, ref int at, string expected)
    {
        if (!TryTake(tokens, ref at, expected))
        {
            throw new CqlParseException(
                $"Expected '{expected}', found '{(at < tokens.Count ? tokens[at] : "end of query")}' (token {at + 1}).");
        }
    }

    private static bool TryTakeWord(List<string> tokens, ref int at, string word) => TryTake(tokens, ref at, word);

    private static bool TryTake(List<string> tokens, ref int at, string expected)
    {
        if (at < tokens.Count && string.Equals(tokens[at], expected, StringComparison.OrdinalIgnoreCase))
        {
            at++;
            return true;
        }

        return false;
    }

    private static bool IsWord(List<string> tokens, int at, string word) =>
        at < tokens.Count && string.Equals(tokens[at], word, StringComparison.OrdinalIgnoreCase);
}
