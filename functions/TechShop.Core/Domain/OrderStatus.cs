namespace TechShop.Core.Domain;

/// <summary>The life-cycle status an order event reports; order events carry the whole order at that status.</summary>
public enum OrderStatus
{
    Placed = 0,
    Paid = 1,
    Shipped = 2,
    Delivered = 3,
    Cancelled = 4,
    Returned = 5,
}
