namespace TechShop.Dashboards.Tests.Yaml;

/// <summary>
/// Reads the block-style YAML subset of Grafana provisioning files: nested mappings, sequences of mappings or
/// scalars ("- key: value"), plain or quoted scalars, '#' comments. Flow style, anchors and multi-line scalars are
/// rejected with the line number, so a file that drifts out of the subset fails loudly instead of being misread.
/// </summary>
internal static class SimpleYaml
{
    private sealed record Line(int Number, int Indent, string Content);

    public static YamlNode Parse(string text)
    {
        var lines = new List<Line>();
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r', ' ');
            if (line.Contains('\t', StringComparison.Ordinal))
            {
                throw new YamlSyntaxException(number, "tabs are not YAML indentation; use spaces");
            }

            var content = line.TrimStart(' ');
            if (content.Length == 0 || content.StartsWith('#'))
            {
                continue;
            }

            if (content[0] is '{' or '[' or '&' or '*' or '|' or '>')
            {
                throw new YamlSyntaxException(number, $"'{content[0]}' (flow, anchor or block scalar) is outside the subset");
            }

            lines.Add(new Line(number, line.Length - content.Length, content));
        }

        if (lines.Count == 0)
        {
            throw new YamlSyntaxException(1, "the document is empty");
        }

        var at = 0;
        var root = Block(lines, ref at, lines[0].Indent);
        if (at < lines.Count)
        {
            throw new YamlSyntaxException(lines[at].Number, "unexpected indentation");
        }

        return root;
    }

    private static YamlNode Block(List<Line> lines, ref int at, int indent) =>
        IsItem(lines[at].Content) ? Sequence(lines, ref at, indent) : Mapping(lines, ref at, indent);

    private static bool IsItem(string content) => content == "-" || content.StartsWith("- ", StringComparison.Ordinal);

    private static YamlNode Mapping(List<Line> lines, ref int at, int indent)
    {
        var map = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        while (at < lines.Count && lines[at].Indent == indent && !IsItem(lines[at].Content))
        {
            var line = lines[at];
            var colon = line.Content.IndexOf(": ", StringComparison.Ordinal);
            var key = colon >= 0 ? line.Content[..colon] : line.Content.EndsWith(':') ? line.Content[..^1] : null;
            if (key is null || key.Length == 0)
            {
                throw new YamlSyntaxException(line.Number, $"expected 'key: value', found '{line.Content}'");
            }

            YamlNode value;
            at++;
            var rest = colon >= 0 ? line.Content[(colon + 2)..].Trim() : string.Empty;
            if (rest.Length > 0 && !rest.StartsWith('#'))
            {
                value = Scalar(rest, line.Number);
            }
            else if (at < lines.Count && (lines[at].Indent > indent || (lines[at].Indent == indent && IsItem(lines[at].Content))))
            {
                value = Block(lines, ref at, lines[at].Indent);
            }
            else
            {
                value = new YamlNode(string.Empty, null, null);
            }

            if (!map.TryAdd(key, value))
            {
                throw new YamlSyntaxException(line.Number, $"key '{key}' appears twice in one mapping");
            }
        }

        return new YamlNode(null, map, null);
    }

    private static YamlNode Sequence(List<Line> lines, ref int at, int indent)
    {
        var items = new List<YamlNode>();
        while (at < lines.Count && lines[at].Indent == indent && IsItem(lines[at].Content))
        {
            var line = lines[at];
            var content = line.Content.Length > 1 ? line.Content[2..].TrimStart(' ') : string.Empty;
            if (content.Length == 0)
            {
                at++;
                items.Add(at < lines.Count && lines[at].Indent > indent
                    ? Block(lines, ref at, lines[at].Indent)
                    : new YamlNode(string.Empty, null, null));
            }
            else if (content.Contains(": ", StringComparison.Ordinal) || content.EndsWith(':'))
            {
                // "- key: value" opens a mapping whose keys align with "key".
                lines[at] = line with { Indent = line.Indent + (line.Content.Length - content.Length), Content = content };
                items.Add(Mapping(lines, ref at, lines[at].Indent));
            }
            else
            {
                at++;
                items.Add(Scalar(content, line.Number));
            }
        }

        return new YamlNode(null, null, items);
    }

    private static YamlNode Scalar(string text, int number)
    {
        if (text[0] is '"' or '\'')
        {
            var close = text.IndexOf(text[0], 1);
            if (close < 0)
            {
                throw new YamlSyntaxException(number, $"quoted scalar {text} is not closed");
            }

            return new YamlNode(text[1..close], null, null);
        }

        if (text[0] is '{' or '[' or '&' or '*' or '|' or '>')
        {
            throw new YamlSyntaxException(number, $"'{text[0]}' (flow, anchor or block scalar) is outside the subset");
        }

        var comment = text.IndexOf(" #", StringComparison.Ordinal);
        return new YamlNode(comment >= 0 ? text[..comment].TrimEnd() : text, null, null);
    }
}
