namespace TechShop.Dashboards.Tests.Cql;

/// <summary>A DDL statement outside the subset of docs/CONTRACTS.md, naming the statement and what was expected.</summary>
internal sealed class CqlSchemaException(string message) : Exception(message);
