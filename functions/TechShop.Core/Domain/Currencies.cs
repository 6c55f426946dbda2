namespace TechShop.Core.Domain;

/// <summary>The currencies orders are paid in; prices are kept in USD.</summary>
public static class Currencies
{
    public const string Usd = "USD";

    /// <summary>Every currency an order may be paid in, USD first.</summary>
    public static IReadOnlyList<string> Supported { get; } = ["USD", "CAD", "AUD", "EUR", "GBP"];

    public static bool IsSupported(string code) => Supported.Contains(code, StringComparer.Ordinal);
}
