using System.Globalization;
using System.Text;

namespace TechShop.Dashboards.Tests.PowerBi;

/// <summary>
/// Reads the TMDL subset this project writes: tab indentation (one tab per level), objects "kind name" or
/// "kind name = expression", properties "name: value", flags "name", expression properties "name =", multi-line
/// expressions indented two levels below the line that opens them, '///' descriptions, quoted names 'a b' ('' escapes).
/// </summary>
internal sealed class TmdlReader
{
    private static readonly HashSet<string> ObjectKeywords =
    [
        "model", "database", "table", "column", "measure", "partition", "relationship", "expression", "ref",
        "annotation", "hierarchy", "level", "queryGroup", "culture", "role", "perspective", "calculationGroup",
        "calculationItem", "dataSource", "extendedProperty", "changedProperty",
    ];

    private readonly string file;
    private readonly string[] lines;
    private int index;

    private TmdlReader(string file, string text)
    {
        this.file = file;
        lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
    }

    public static IReadOnlyList<TmdlNode> Parse(string file, string text) => new TmdlReader(file, text).ReadObjects(0);

    private List<TmdlNode> ReadObjects(int depth)
    {
        var nodes = new List<TmdlNode>();
        string? description = null;
        while (NextContentLine() is { } line)
        {
            var indent = Indent(line);
            if (indent < depth)
            {
                break;
            }

            if (indent > depth)
            {
                throw Error($"indented {indent} tab(s) where {depth} was expected");
            }

            var content = line[indent..].TrimEnd();
            index++;
            if (content.StartsWith("///", StringComparison.Ordinal))
            {
                description = description is null ? content[3..].Trim() : $"{description} {content[3..].Trim()}";
                continue;
            }

            var keyword = FirstWord(content);
            if (!ObjectKeywords.Contains(keyword))
            {
                throw Error($"'{keyword}' is not an object keyword here (expected one of table, column, measure, ...)");
            }

            nodes.Add(ReadObject(content, keyword, depth, description));
            description = null;
        }

        return nodes;
    }

    private TmdlNode ReadObject(string content, string keyword, int depth, string? description)
    {
        var location = $"{file}:{index}";
        var rest = content[keyword.Length..].TrimStart();
        var (name, afterName) = keyword == "database" && rest.Length == 0 ? (string.Empty, string.Empty) : ReadName(rest);
        string? expression = null;
        if (afterName.StartsWith('='))
        {
            var inline = afterName[1..].Trim();
            expression = inline.Length > 0 ? inline : ReadExpressionBlock(depth + 2);
        }
        else if (afterName.Length > 0)
        {
            throw Error($"unexpected '{afterName}' after the name of {keyword} {name}");
        }

        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        var children = new List<TmdlNode>();
        string? childDescription = null;
        while (NextContentLine() is { } line && Indent(line) > depth)
        {
            if (Indent(line) != depth + 1)
            {
                throw Error($"indented {Indent(line)} tab(s) where {depth + 1} was expected inside {keyword} {name}");
            }

            var member = line[(depth + 1)..].TrimEnd();
            if (member.StartsWith("///", StringComparison.Ordinal))
            {
                index++;
                childDescription = member[3..].Trim();
                continue;
            }

            var word = FirstWord(member);
            if (ObjectKeywords.Contains(word) && !member.StartsWith(word + ":", StringComparison.Ordinal))
            {
                index++;
                children.Add(ReadObject(member, word, depth + 1, childDescription));
                childDescription = null;
                continue;
            }

            index++;
            ReadProperty(member, word, depth, properties);
        }

        return new TmdlNode(keyword, name, expression, properties, children, description, location);
    }

    private void ReadProperty(string member, string word, int depth, Dictionary<string, string> properties)
    {
        string value;
        if (member.Length > word.Length && member[word.Length] == ':')
        {
            value = member[(word.Length + 1)..].Trim();
        }
        else if (member.Length == word.Length)
        {
            value = "true";
        }
        else if (member[word.Length..].TrimStart().StartsWith('='))
        {
            var inline = member[word.Length..].TrimStart()[1..].Trim();
            value = inline.Length > 0 ? inline : ReadExpressionBlock(depth + 3);
        }
        else
        {
            throw Error($"'{member}' is neither 'name: value', a flag, nor 'name = expression'");
        }

        if (!properties.TryAdd(word, value))
        {
            throw Error($"property '{word}' is set twice");
        }
    }

    private string ReadExpressionBlock(int depth)
    {
        var text = new StringBuilder();
        var start = index;
        while (index < lines.Length && (lines[index].Trim().Length == 0 || Indent(lines[index]) >= depth))
        {
            var line = lines[index];
            text.Append(line.Trim().Length == 0 ? string.Empty : line[depth..]).Append('\n');
            index++;
        }

        // Blank lines that end the block belong to the layout, not to the expression.
        while (index > start && lines[index - 1].Trim().Length == 0)
        {
            index--;
        }

        var expression = text.ToString().TrimEnd();
        return expression.Length > 0 ? expression : throw Error($"an expression indented {depth} tabs was expected after '='");
    }

    private (string Name, string Remainder) ReadName(string rest)
    {
        if (rest.StartsWith('\''))
        {
            var name = new StringBuilder();
            for (var i = 1; i < rest.Length; i++)
            {
                if (rest[i] != '\'')
                {
                    name.Append(rest[i]);
                }
                else if (i + 1 < rest.Length && rest[i + 1] == '\'')
                {
                    name.Append('\'');
                    i++;
                }
                else
                {
                    return (name.ToString(), rest[(i + 1)..].Trim());
                }
            }

            throw Error($"the quoted name {rest} is not closed");
        }

        var end = rest.IndexOf('=', StringComparison.Ordinal);
        return end < 0 ? (rest.Trim(), string.Empty) : (rest[..end].Trim(), rest[end..]);
    }

    private string? NextContentLine()
    {
        while (index < lines.Length && lines[index].Trim().Length == 0)
        {
            index++;
        }

        return index < lines.Length ? lines[index] : null;
    }

    private int Indent(string line)
    {
        var tabs = 0;
        while (tabs < line.Length && line[tabs] == '\t')
        {
            tabs++;
        }

        return tabs < line.Length && line[tabs] == ' ' && line.Trim().Length > 0 && tabs == 0
            ? throw Error("indentation must be tabs, not spaces")
            : tabs;
    }

    private static string FirstWord(string content)
    {
        var end = 0;
        while (end < content.Length && (char.IsLetterOrDigit(content[end]) || content[end] == '_'))
        {
            end++;
        }

        return content[..end];
    }

    private TmdlSyntaxException Error(string message) =>
        new(file, index + 1, message.ToString(CultureInfo.InvariantCulture));
}
