using System.Text.Json;

namespace TechShop.Infra.Tests;

/// <summary>Shortcuts into a synthesized platform's template.</summary>
internal static class SynthesizedPlatformExtensions
{
    public static JsonElement Properties(this SynthesizedPlatform platform, string logicalId) =>
        platform.Json.GetProperty("Resources").GetProperty(logicalId).GetProperty("Properties");

    public static JsonElement Function(this SynthesizedPlatform platform, string handler) =>
        platform.Properties(platform.LogicalId("Functions/" + handler));

    public static string RoleOf(this SynthesizedPlatform platform, string handler) =>
        platform.Function(handler).GetProperty("Role").GetProperty("Fn::GetAtt")[0].GetString()!;

    public static Dictionary<string, string> EnvironmentOf(this SynthesizedPlatform platform, string handler) =>
        platform.Function(handler).GetProperty("Environment").GetProperty("Variables").EnumerateObject()
            .ToDictionary(v => v.Name, v => Cfn.Render(v.Value));

    public static IEnumerable<JsonElement> MappingsOf(this SynthesizedPlatform platform, string handler) =>
        platform.Resources("AWS::Lambda::EventSourceMapping").Values
            .Select(r => r.GetProperty("Properties"))
            .Where(p => Cfn.Render(p.GetProperty("FunctionName")) == "${" + platform.LogicalId("Functions/" + handler) + "}");
}
