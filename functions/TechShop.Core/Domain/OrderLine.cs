namespace TechShop.Core.Domain;

/// <summary>One line of an order; <see cref="UnitPrice"/> is in the order's local currency.</summary>
public sealed record OrderLine(int LineNumber, int ProductKey, int Quantity, decimal UnitPrice)
{
    /// <summary>Quantity times unit price, in the order's currency, unrounded.</summary>
    public decimal AmountLocal => Quantity * UnitPrice;
}
