namespace TechShop.Core.Domain;

/// <summary>
/// The one rounding rule for money, shared by the hot path (C#) and the warehouse models (SQL ROUND on DECIMAL):
/// amounts are rounded to cents, half away from zero, per order line.
/// </summary>
public static class Money
{
    public const int Scale = 2;

    public static decimal Round(decimal amount) => Math.Round(amount, Scale, MidpointRounding.AwayFromZero);

    /// <summary>A line's amount in USD: quantity × unit price × rate, rounded once at the end.</summary>
    public static decimal LineToUsd(int quantity, decimal unitPriceLocal, decimal rateToUsd) =>
        Round(quantity * unitPriceLocal * rateToUsd);
}
