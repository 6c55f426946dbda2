using System.Text.Json;

namespace TechShop.Avro.Archive;

/// <summary>
/// One column of a decoded stream value, named as the extract column of the same record (snake_case); a nested value
/// (an array or object, such as an order's lines) is named <c>&lt;name&gt;_json</c> and stored as its JSON text.
/// </summary>
public readonly record struct StreamPayloadColumn(string Name, JsonElement Value)
{
    /// <summary>True when the value is an array or object, kept in the bronze table as JSON text.</summary>
    public bool IsNested => Value.ValueKind is JsonValueKind.Array or JsonValueKind.Object;
}
