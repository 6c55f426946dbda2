namespace TechShop.Local.Dashboard;

/// <summary>A request the dashboard answers with an error status and a message (bad parameter, unknown view, no warehouse).</summary>
public sealed class DashboardRequestException(int statusCode, string message) : Exception(message)
{
    /// <summary>The HTTP status of the answer.</summary>
    public int StatusCode { get; } = statusCode;
}
