using System.Text.Json;

namespace TechShop.Infra.Tests;

/// <summary>Reads CloudFormation JSON: renders intrinsic functions as readable strings and collects policy statements.</summary>
internal static class Cfn
{
    /// <summary>Renders a value: Ref as ${Id}, GetAtt as ${Id.Attr}, Fn::Join joined, other intrinsics as ${Fn::X}.</summary>
    public static string Render(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Object when value.TryGetProperty("Ref", out var r) => "${" + r.GetString() + "}",
        JsonValueKind.Object when value.TryGetProperty("Fn::GetAtt", out var a) => "${" + a[0].GetString() + "." + a[1].GetString() + "}",
        JsonValueKind.Object when value.TryGetProperty("Fn::Join", out var j) =>
            string.Join(j[0].GetString(), j[1].EnumerateArray().Select(Render)),
        JsonValueKind.Object when value.TryGetProperty("Fn::Select", out var s) =>
            "${select " + s[0].GetRawText() + " of " + Render(s[1]) + "}",
        JsonValueKind.Object when value.TryGetProperty("Fn::Split", out var p) => "split(" + Render(p[1]) + ")",
        _ => value.GetRawText(),
    };

    /// <summary>A string or a list of strings, rendered.</summary>
    public static string[] RenderList(JsonElement value) =>
        value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().Select(Render).ToArray() : [Render(value)];

    /// <summary>Every statement of every policy document anywhere in the template, with the logical id that holds it.</summary>
    public static IEnumerable<(string Holder, JsonElement Statement)> AllStatements(JsonElement template)
    {
        foreach (var resource in template.GetProperty("Resources").EnumerateObject())
        {
            foreach (var statement in StatementsUnder(resource.Value))
            {
                yield return (resource.Name, statement);
            }
        }
    }

    /// <summary>The actions an IAM role is allowed through its attached AWS::IAM::Policy resources and inline policies.</summary>
    public static SortedSet<string> ActionsOfRole(JsonElement template, string roleLogicalId) =>
        new(StatementsOfRole(template, roleLogicalId).Where(s => s.GetProperty("Effect").GetString() == "Allow")
            .SelectMany(s => RenderList(s.GetProperty("Action"))), StringComparer.Ordinal);

    /// <summary>The statements of a role's attached AWS::IAM::Policy resources and inline policies.</summary>
    public static IEnumerable<JsonElement> StatementsOfRole(JsonElement template, string roleLogicalId)
    {
        var resources = template.GetProperty("Resources");
        foreach (var resource in resources.EnumerateObject().Where(r => r.Value.GetProperty("Type").GetString() == "AWS::IAM::Policy"))
        {
            var roles = resource.Value.GetProperty("Properties").GetProperty("Roles").EnumerateArray().Select(Render);
            if (roles.Contains("${" + roleLogicalId + "}"))
            {
                foreach (var statement in resource.Value.GetProperty("Properties").GetProperty("PolicyDocument").GetProperty("Statement").EnumerateArray())
                {
                    yield return statement;
                }
            }
        }

        if (resources.GetProperty(roleLogicalId).GetProperty("Properties").TryGetProperty("Policies", out var inline))
        {
            foreach (var statement in inline.EnumerateArray().SelectMany(p => p.GetProperty("PolicyDocument").GetProperty("Statement").EnumerateArray()))
            {
                yield return statement;
            }
        }
    }

    private static IEnumerable<JsonElement> StatementsUnder(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name == "Statement" && property.Value.ValueKind == JsonValueKind.Array)
                {
                    foreach (var statement in property.Value.EnumerateArray())
                    {
                        yield return statement;
                    }
                }
                else
                {
                    foreach (var nested in StatementsUnder(property.Value))
                    {
                        yield return nested;
                    }
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var nested in element.EnumerateArray().SelectMany(StatementsUnder))
            {
                yield return nested;
            }
        }
    }
}
