namespace TechShop.Dashboards.Tests.Cql;

/// <summary>A panel query outside the SELECT subset the checker reads, naming the position and what was expected.</summary>
internal sealed class CqlParseException(string message) : Exception(message);
