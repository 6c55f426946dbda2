using System.Text.Json.Serialization;

namespace TechShop.Local.Registry;

/// <summary>What the embedded registry persists: schemas by global id, each subject's versions (ids in order), compatibility levels.</summary>
public sealed record RegistryState(
    [property: JsonPropertyName("schemas")] SortedDictionary<int, string> Schemas,
    [property: JsonPropertyName("subjects")] SortedDictionary<string, List<int>> Subjects,
    [property: JsonPropertyName("compatibility")] string Compatibility,
    [property: JsonPropertyName("subject_compatibility")] SortedDictionary<string, string> SubjectCompatibility)
{
    public static RegistryState Empty(string compatibility) => new(new(), new(StringComparer.Ordinal), compatibility, new(StringComparer.Ordinal));
}
