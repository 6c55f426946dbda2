using TechShop.Avro.Compatibility;

namespace TechShop.Local.Registry;

/// <summary>The registry's wire spelling of compatibility levels (SCREAMING_SNAKE).</summary>
public static class CompatibilityLevels
{
    private static readonly Dictionary<string, CompatibilityLevel> ByName = new(StringComparer.Ordinal)
    {
        ["NONE"] = CompatibilityLevel.None,
        ["BACKWARD"] = CompatibilityLevel.Backward,
        ["BACKWARD_TRANSITIVE"] = CompatibilityLevel.BackwardTransitive,
        ["FORWARD"] = CompatibilityLevel.Forward,
        ["FORWARD_TRANSITIVE"] = CompatibilityLevel.ForwardTransitive,
        ["FULL"] = CompatibilityLevel.Full,
        ["FULL_TRANSITIVE"] = CompatibilityLevel.FullTransitive,
    };

    public static CompatibilityLevel Parse(string name) =>
        ByName.TryGetValue(name, out var level) ? level : throw RegistryErrorException.InvalidCompatibilityLevel(name);

    public static string Format(CompatibilityLevel level) => ByName.First(pair => pair.Value == level).Key;
}
