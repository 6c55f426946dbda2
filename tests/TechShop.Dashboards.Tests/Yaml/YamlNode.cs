namespace TechShop.Dashboards.Tests.Yaml;

/// <summary>A node of the YAML subset the provisioning files use: a scalar, a mapping or a sequence.</summary>
internal sealed record YamlNode(string? Scalar, IReadOnlyDictionary<string, YamlNode>? Mapping, IReadOnlyList<YamlNode>? Sequence)
{
    public YamlNode this[string key] =>
        Mapping is not null && Mapping.TryGetValue(key, out var value)
            ? value
            : throw new KeyNotFoundException($"The YAML mapping has no key '{key}'.");

    public string Text => Scalar ?? throw new InvalidOperationException("The YAML node is not a scalar.");

    public IReadOnlyList<YamlNode> Items => Sequence ?? throw new InvalidOperationException("The YAML node is not a sequence.");

    public bool Has(string key) => Mapping?.ContainsKey(key) == true;
}
