namespace TechShop.Dashboards.Tests.Cql;

/// <summary>One relation of a WHERE clause: <c>column op value</c> or <c>column IN (values)</c>.</summary>
internal sealed record CqlRestriction(string Column, string Operator, IReadOnlyList<string> Values)
{
    public bool IsEqualityOrIn => Operator is "=" or "IN";
}
