using System.Text.Json;

namespace TechShop.Dashboards.Tests.PowerBi;

/// <summary>
/// A report in the PBIR folder format: definition/pages/pages.json (page order), pages/&lt;page&gt;/page.json and
/// pages/&lt;page&gt;/visuals/&lt;visual&gt;/visual.json, and every field binding of every visual.
/// </summary>
internal sealed record ReportDefinition(
    IReadOnlyList<string> PageOrder,
    IReadOnlyList<(string Folder, string DisplayName)> Pages,
    IReadOnlyList<(string Page, string Name, string VisualType)> Visuals,
    IReadOnlyList<ReportBinding> Bindings)
{
    public static ReportDefinition Load(string reportFolder)
    {
        var pagesFolder = Path.Combine(reportFolder, "definition", "pages");
        using var order = ReadJson(Path.Combine(pagesFolder, "pages.json"));
        var pageOrder = order.RootElement.GetProperty("pageOrder").EnumerateArray().Select(p => p.GetString()!).ToList();
        var pages = new List<(string, string)>();
        var visuals = new List<(string, string, string)>();
        var bindings = new List<ReportBinding>();
        foreach (var pageFolder in Directory.GetDirectories(pagesFolder).Order(StringComparer.Ordinal))
        {
            var folder = Path.GetFileName(pageFolder);
            using (var page = ReadJson(Path.Combine(pageFolder, "page.json")))
            {
                pages.Add((folder, page.RootElement.GetProperty("displayName").GetString()!));
            }

            var visualsFolder = Path.Combine(pageFolder, "visuals");
            var visualFiles = Directory.Exists(visualsFolder)
                ? Directory.GetFiles(visualsFolder, "visual.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                : Enumerable.Empty<string>();
            foreach (var file in visualFiles)
            {
                using var visual = ReadJson(file);
                var location = Path.GetRelativePath(reportFolder, file).Replace('\\', '/');
                visuals.Add((folder, visual.RootElement.GetProperty("name").GetString()!,
                    visual.RootElement.GetProperty("visual").GetProperty("visualType").GetString()!));
                CollectBindings(visual.RootElement, location, null, bindings);
            }
        }

        return new ReportDefinition(pageOrder, pages, visuals, bindings);
    }

    /// <summary>Parses a JSON file, naming the file when it does not parse.</summary>
    public static JsonDocument ReadJson(string path)
    {
        try
        {
            return JsonDocument.Parse(File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} is not valid JSON: {e.Message}", e);
        }
    }

    private static void CollectBindings(JsonElement element, string location, string? queryRef, List<ReportBinding> bindings)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                CollectBindings(item, location, null, bindings);
            }

            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var ownQueryRef = element.TryGetProperty("queryRef", out var q) ? q.GetString() : queryRef;
        foreach (var property in element.EnumerateObject())
        {
            if (property.Name is "Column" or "Measure" && property.Value.ValueKind == JsonValueKind.Object)
            {
                var entity = property.Value.TryGetProperty("Expression", out var e)
                    && e.TryGetProperty("SourceRef", out var s) && s.TryGetProperty("Entity", out var n) ? n.GetString() : null;
                var name = property.Value.TryGetProperty("Property", out var p) ? p.GetString() : null;
                bindings.Add(new ReportBinding(property.Name, entity ?? string.Empty, name ?? string.Empty, queryRef, location));
            }
            else
            {
                CollectBindings(property.Value, location, property.Name == "field" ? ownQueryRef : null, bindings);
            }
        }
    }
}
