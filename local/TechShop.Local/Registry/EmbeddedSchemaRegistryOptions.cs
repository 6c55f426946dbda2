using TechShop.Avro.Compatibility;

namespace TechShop.Local.Registry;

/// <summary>Settings of <see cref="EmbeddedSchemaRegistry"/>; each property documents its default.</summary>
public sealed class EmbeddedSchemaRegistryOptions
{
    /// <summary>Where the registry keeps <c>registry.json</c>. Required; the local data directory uses <c>./.techshop/registry</c>.</summary>
    public string DataDirectory { get; set; } = string.Empty;

    /// <summary>Port on 127.0.0.1. Default 0: any free port (read <see cref="EmbeddedSchemaRegistry.Url"/>).</summary>
    public int Port { get; set; }

    /// <summary>Compatibility level of a new registry (kept in its state afterwards). Default BACKWARD, as Confluent's.</summary>
    public CompatibilityLevel DefaultCompatibility { get; set; } = CompatibilityLevel.Backward;
}
