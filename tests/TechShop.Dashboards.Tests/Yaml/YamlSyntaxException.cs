namespace TechShop.Dashboards.Tests.Yaml;

/// <summary>A provisioning file line outside the YAML subset, with its line number and what was expected.</summary>
internal sealed class YamlSyntaxException(int line, string message) : Exception($"line {line}: {message}")
{
    public int Line { get; } = line;
}
