using System.Text.Json.Serialization;

namespace TechShop.Avro.Registry;

/// <summary>Body of register and lookup requests.</summary>
internal sealed record RegistrySchemaRequest(
    [property: JsonPropertyName("schema")] string Schema,
    [property: JsonPropertyName("schemaType")] string? SchemaType = null);

/// <summary>Any registry answer: the union of the fields the used endpoints return.</summary>
internal sealed record RegistryResponse(
    [property: JsonPropertyName("subject")] string? Subject,
    [property: JsonPropertyName("id")] int? Id,
    [property: JsonPropertyName("version")] int? Version,
    [property: JsonPropertyName("schema")] string? Schema,
    [property: JsonPropertyName("schemaType")] string? SchemaType);

/// <summary>The registry's error body.</summary>
internal sealed record RegistryError(
    [property: JsonPropertyName("error_code")] int ErrorCode,
    [property: JsonPropertyName("message")] string? Message);

/// <summary>Source-generated JSON for the registry REST API (no reflection, AOT-safe).</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(RegistrySchemaRequest))]
[JsonSerializable(typeof(RegistryResponse))]
[JsonSerializable(typeof(RegistryError))]
internal sealed partial class RegistryJsonContext : JsonSerializerContext;
