using System.Text.Json.Serialization;

namespace TechShop.Functions.HotPath;

/// <summary>Source-generated (AOT-safe) JSON for the hot path's own responses.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(StreamArchiveResponse))]
public sealed partial class HotPathJsonContext : JsonSerializerContext;
