using System.Text.Json.Serialization;

namespace TechShop.Functions.ColdPath;

/// <summary>Source-generated (AOT-safe) JSON of the cold path's responses and quarantine reasons: camelCase, enums as names.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    WriteIndented = false)]
[JsonSerializable(typeof(BronzeLoadResponse))]
[JsonSerializable(typeof(SilverBuildResponse))]
[JsonSerializable(typeof(GoldBuildResponse))]
[JsonSerializable(typeof(QuarantineReason))]
public sealed partial class ColdPathJsonContext : JsonSerializerContext;
