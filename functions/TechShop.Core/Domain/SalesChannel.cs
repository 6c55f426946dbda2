namespace TechShop.Core.Domain;

/// <summary>Where an order was placed: the online store or one of the physical stores.</summary>
public enum SalesChannel
{
    Online = 0,
    InStore = 1,
}
