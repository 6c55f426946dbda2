using System.Text.Json.Serialization;

namespace TechShop.Local.Pipeline;

/// <summary>Source-generated JSON for <c>--summary FILE</c>: camelCase, indented.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(PipelineSummary))]
public sealed partial class PipelineSummaryJsonContext : JsonSerializerContext;
