namespace TechShop.Snowflake.Api.Wire;

/// <summary>The body of <c>POST /api/v2/statements</c>.</summary>
internal sealed class StatementRequestBody
{
    public required string Statement { get; init; }

    public int? Timeout { get; init; }

    public string? Database { get; init; }

    public string? Schema { get; init; }

    public string? Warehouse { get; init; }

    public string? Role { get; init; }

    public Dictionary<string, BindingBody>? Bindings { get; init; }

    public Dictionary<string, string>? Parameters { get; init; }
}

/// <summary>One bound value: a Snowflake type name and the value as a string.</summary>
internal sealed class BindingBody
{
    public required string Type { get; init; }

    public string? Value { get; init; }
}
