using System.Text.Json.Serialization;

namespace TechShop.Snowflake.Api.Wire;

/// <summary>Source-generated serialization of the SQL API bodies (camelCase, nulls omitted): no reflection, AOT-safe.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(StatementRequestBody))]
[JsonSerializable(typeof(StatementResponseBody))]
[JsonSerializable(typeof(List<List<string?>>))]
internal sealed partial class SnowflakeJsonContext : JsonSerializerContext;
