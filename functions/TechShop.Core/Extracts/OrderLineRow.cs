namespace TechShop.Core.Extracts;

/// <summary>A row of the <c>order_lines</c> extract; <see cref="UnitPrice"/> is in the order's currency.</summary>
public sealed record OrderLineRow(long OrderNumber, int LineNumber, int ProductKey, int Quantity, decimal UnitPrice, DateTime UpdatedAt);
