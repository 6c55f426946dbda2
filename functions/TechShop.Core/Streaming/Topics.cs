namespace TechShop.Core.Streaming;

/// <summary>The Kafka topics of the hot path; values use TopicNameStrategy subjects (<c>&lt;topic&gt;-value</c>).</summary>
public static class Topics
{
    public const string Orders = "orders";
    public const string Customers = "customers";
    public const string FxRates = "fx-rates";

    public static IReadOnlyList<string> All { get; } = [Orders, Customers, FxRates];

    /// <summary>The schema registry subject of a topic's values.</summary>
    public static string ValueSubject(string topic) => topic + "-value";
}
