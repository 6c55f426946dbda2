namespace TechShop.Core.Realtime;

/// <summary>A row of <c>order_items_by_date</c>: one order line, keyed ((order_date, shard), product_key, order_number, line_number).</summary>
public sealed record OrderItemRow(
    DateOnly OrderDate,
    int Shard,
    int ProductKey,
    long OrderNumber,
    int LineNumber,
    int Quantity,
    decimal UnitPriceLocal,
    string Currency,
    decimal AmountUsd);
