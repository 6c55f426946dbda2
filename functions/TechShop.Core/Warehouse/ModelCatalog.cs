namespace TechShop.Core.Warehouse;

/// <summary>
/// The warehouse models and quality checks, with their run order taken from declared dependencies
/// (<c>-- depends_on: silver.orders, gold.dim_customer</c>), never from file names.
/// </summary>
public sealed class ModelCatalog
{
    private const string ResourcePrefix = "warehouse/";
    private static readonly Lazy<ModelCatalog> EmbeddedCatalog = new(LoadEmbedded);
    private readonly Dictionary<string, SqlModel> _models;

    /// <summary>A catalog of the given models; every dependency must name one of them.</summary>
    public ModelCatalog(IEnumerable<SqlModel> models)
    {
        ArgumentNullException.ThrowIfNull(models);
        _models = new Dictionary<string, SqlModel>(StringComparer.OrdinalIgnoreCase);
        foreach (var model in models)
        {
            if (!_models.TryAdd(model.Name, model))
            {
                throw new SqlModelException(model.Path, $"a second model is named '{model.Name}' (the other is {_models[model.Name].Path}).");
            }
        }

        foreach (var model in _models.Values)
        {
            foreach (var dependency in model.DependsOn.Where(d => !_models.ContainsKey(d)))
            {
                throw new SqlModelException(model.Name, $"depends on '{dependency}', which is not a model.");
            }
        }
    }

    /// <summary>The models of <c>sql/warehouse/</c> embedded in this assembly.</summary>
    public static ModelCatalog Embedded => EmbeddedCatalog.Value;

    /// <summary>Every model, by name.</summary>
    public IReadOnlyCollection<SqlModel> Models => _models.Values;

    /// <summary>The model named <paramref name="name"/> (<c>layer.stem</c>).</summary>
    public SqlModel Get(string name) =>
        _models.TryGetValue(name, out var model) ? model : throw new SqlModelException(name, "no such model.");

    /// <summary>
    /// The models of one kind (and layer, when given) in an order where each runs after the models it depends on;
    /// dependencies outside the selection are taken as already run. Ties go by name, so the order is stable.
    /// </summary>
    public IReadOnlyList<SqlModel> InRunOrder(SqlModelKind kind, string? layer = null)
    {
        var selected = _models.Values
            .Where(m => m.Kind == kind && (layer is null || string.Equals(m.Layer, layer, StringComparison.OrdinalIgnoreCase)))
            .ToDictionary(m => m.Name, StringComparer.OrdinalIgnoreCase);
        var remaining = selected.Values.ToDictionary(
            m => m.Name,
            m => m.DependsOn.Count(d => selected.ContainsKey(d)),
            StringComparer.OrdinalIgnoreCase);
        var ready = new SortedSet<string>(remaining.Where(r => r.Value == 0).Select(r => r.Key), StringComparer.OrdinalIgnoreCase);
        var ordered = new List<SqlModel>(selected.Count);
        while (ready.Count > 0)
        {
            var next = ready.Min!;
            ready.Remove(next);
            ordered.Add(selected[next]);
            foreach (var dependent in selected.Values.Where(m => m.DependsOn.Contains(next, StringComparer.OrdinalIgnoreCase)))
            {
                if (--remaining[dependent.Name] == 0)
                {
                    ready.Add(dependent.Name);
                }
            }
        }

        if (ordered.Count != selected.Count)
        {
            var cycle = selected.Keys.Where(n => !ordered.Any(o => o.Name.Equals(n, StringComparison.OrdinalIgnoreCase))).Order(StringComparer.Ordinal);
            throw new SqlModelException(string.Join(", ", cycle), "these models depend on each other in a cycle.");
        }

        return ordered;
    }

    /// <summary>Reads one model file: <paramref name="relativePath"/> is below <c>sql/warehouse/</c> (<c>silver/orders.sql</c>).</summary>
    public static SqlModel Parse(string relativePath, string sql)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        ArgumentNullException.ThrowIfNull(sql);
        var path = relativePath.Replace('\\', '/');
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || !path.EndsWith(".sql", StringComparison.OrdinalIgnoreCase))
        {
            throw new SqlModelException(relativePath, "expected '<layer>/<name>.sql' below sql/warehouse/.");
        }

        var layer = path[..slash];
        var name = layer + "." + System.IO.Path.GetFileNameWithoutExtension(path);
        SqlModelKind? kind = null;
        var dependsOn = new List<string>();
        foreach (var line in sql.Split('\n').Select(l => l.Trim()).TakeWhile(l => l.StartsWith("--", StringComparison.Ordinal)))
        {
            var header = line[2..].Trim();
            if (header.StartsWith("kind:", StringComparison.OrdinalIgnoreCase))
            {
                var value = header[5..].Trim();
                kind = Enum.TryParse<SqlModelKind>(value, ignoreCase: true, out var parsed)
                    ? parsed
                    : throw new SqlModelException(path, $"kind '{value}' is not one of setup, build, publish, check.");
            }
            else if (header.StartsWith("depends_on:", StringComparison.OrdinalIgnoreCase))
            {
                dependsOn.AddRange(header[11..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }
        }

        return new SqlModel(
            name,
            layer,
            kind ?? throw new SqlModelException(path, "the file has no '-- kind: setup|build|publish|check' header line."),
            dependsOn,
            path,
            sql);
    }

    private static ModelCatalog LoadEmbedded()
    {
        var assembly = typeof(ModelCatalog).Assembly;
        var models = new List<SqlModel>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var normalized = resource.Replace('\\', '/');
            if (!normalized.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)
                ?? throw new SqlModelException(resource, "the embedded resource cannot be opened.");
            using var reader = new StreamReader(stream);
            models.Add(Parse(normalized[ResourcePrefix.Length..], reader.ReadToEnd()));
        }

        return new ModelCatalog(models);
    }
}
