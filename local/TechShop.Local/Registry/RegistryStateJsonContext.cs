using System.Text.Json.Serialization;

namespace TechShop.Local.Registry;

/// <summary>Source-generated JSON for the registry's state file.</summary>
[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(RegistryState))]
internal sealed partial class RegistryStateJsonContext : JsonSerializerContext;
