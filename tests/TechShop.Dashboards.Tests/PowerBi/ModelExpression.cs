namespace TechShop.Dashboards.Tests.PowerBi;

/// <summary>A shared M expression of expressions.tmdl (the connection parameters).</summary>
internal sealed record ModelExpression(string Name, string Expression, string? Description, string Location)
{
    public bool IsParameter => Expression.Contains("IsParameterQuery = true", StringComparison.OrdinalIgnoreCase)
        || Expression.Contains("IsParameterQuery=true", StringComparison.OrdinalIgnoreCase);
}
