using System.Collections.Frozen;
using System.Text;
using TechShop.Core.Streaming;

namespace TechShop.Functions.HotPath;

/// <summary>
/// The <c>Reason</c> dimension of the <c>DeadLettered</c> metric (docs/dashboards.md): the <see cref="BadRecordKind"/>
/// name in kebab-case, e.g. <c>unknown-schema-id</c>, <c>missing-exchange-rate</c>.
/// </summary>
public static class DeadLetterReason
{
    private static readonly FrozenDictionary<BadRecordKind, string> Names =
        Enum.GetValues<BadRecordKind>().ToFrozenDictionary(kind => kind, kind => KebabCase(kind.ToString()));

    /// <summary>The metric spelling of a dead-letter reason.</summary>
    public static string Of(BadRecordKind kind) => Names.TryGetValue(kind, out var name) ? name : KebabCase(kind.ToString());

    private static string KebabCase(string pascal)
    {
        var text = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (char.IsUpper(pascal[i]) && i > 0)
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(pascal[i]));
        }

        return text.ToString();
    }
}
