using System.Text.Json;
using TechShop.Core.Warehouse;

namespace TechShop.Local.Pipeline;

/// <summary>Reads the run status a scheduled build returned: a <c>status</c> property at the top of its response JSON.</summary>
internal static class RunStatus
{
    public static string? Read(ReadOnlyMemory<byte> payload)
    {
        if (payload.IsEmpty)
        {
            return null;
        }

        using var document = JsonDocument.Parse(payload);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (!string.Equals(property.Name, "status", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            return property.Value.ValueKind switch
            {
                JsonValueKind.String => Normalise(property.Value.GetString()),
                JsonValueKind.Number when property.Value.TryGetInt32(out var number) && Enum.IsDefined((GoldBuildStatus)number) => ((GoldBuildStatus)number).ToString(),
                _ => property.Value.GetRawText(),
            };
        }

        return null;
    }

    // Accepts PascalCase, SCREAMING_SNAKE and kebab spellings of GoldBuildStatus.
    private static string? Normalise(string? status)
    {
        var compact = status?.Replace("_", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        return Enum.TryParse<GoldBuildStatus>(compact, ignoreCase: true, out var parsed) ? parsed.ToString() : status;
    }
}
