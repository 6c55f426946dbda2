using System.Text.Json;

namespace TechShop.Dashboards.Tests.Grafana;

/// <summary>A provisioned dashboard JSON file: its uid, schema version, variables and flattened panels.</summary>
internal sealed record DashboardFile(
    string Path,
    string Uid,
    string Title,
    int SchemaVersion,
    IReadOnlyList<string> Variables,
    IReadOnlyList<DashboardPanel> Panels)
{
    public static IReadOnlyList<DashboardFile> LoadAll(string folder) =>
        Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).Select(Load).ToArray();

    public static DashboardFile Load(string path) => Parse(path, File.ReadAllText(path));

    public static DashboardFile Parse(string path, string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var panels = new List<DashboardPanel>();
        if (root.TryGetProperty("panels", out var list))
        {
            Flatten(list, panels);
        }

        var variables = root.TryGetProperty("templating", out var templating) && templating.TryGetProperty("list", out var vars)
            ? vars.EnumerateArray().Select(v => v.GetProperty("name").GetString()!).ToArray()
            : [];
        return new DashboardFile(
            path,
            root.GetProperty("uid").GetString()!,
            root.GetProperty("title").GetString()!,
            root.GetProperty("schemaVersion").GetInt32(),
            variables,
            panels);
    }

    private static void Flatten(JsonElement list, List<DashboardPanel> panels)
    {
        foreach (var panel in list.EnumerateArray())
        {
            if (panel.TryGetProperty("panels", out var nested))
            {
                Flatten(nested, panels);
            }

            if (Text(panel, "type") == "row")
            {
                continue;
            }

            var targets = panel.TryGetProperty("targets", out var t)
                ? t.EnumerateArray().Select(ReadTarget).ToArray()
                : [];
            panels.Add(new DashboardPanel(
                panel.GetProperty("id").GetInt32(),
                Text(panel, "title") ?? string.Empty,
                Text(panel, "type") ?? string.Empty,
                Text(panel, "description") ?? string.Empty,
                DatasourceUid(panel),
                targets,
                FilteredFields(panel)));
        }
    }

    private static string[] FilteredFields(JsonElement panel) =>
        panel.TryGetProperty("transformations", out var transformations)
            ? transformations.EnumerateArray()
                .Where(t => Text(t, "id") == "filterByValue")
                .SelectMany(t => t.GetProperty("options").GetProperty("filters").EnumerateArray())
                .Select(f => Text(f, "fieldName") ?? string.Empty)
                .ToArray()
            : [];

    private static PanelTarget ReadTarget(JsonElement target)
    {
        var raw = target.TryGetProperty("rawQuery", out var r) && r.ValueKind == JsonValueKind.True;
        var dimensions = target.TryGetProperty("dimensions", out var d) && d.ValueKind == JsonValueKind.Object
            ? d.EnumerateObject().Select(p => p.Name).ToArray()
            : [];
        return new PanelTarget(
            Text(target, "refId") ?? string.Empty,
            DatasourceUid(target),
            target.TryGetProperty("datasource", out var ds) && ds.ValueKind == JsonValueKind.Object ? Text(ds, "type") : null,
            raw ? Text(target, "target") : null,
            Text(target, "namespace"),
            Text(target, "metricName"),
            dimensions);
    }

    private static string? DatasourceUid(JsonElement element) =>
        element.TryGetProperty("datasource", out var ds) && ds.ValueKind == JsonValueKind.Object ? Text(ds, "uid") : null;

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
