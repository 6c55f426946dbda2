namespace TechShop.Core.Domain;

/// <summary>A customer with the attributes dim_customer tracks (SCD type 2); <see cref="ChangedAt"/> is UTC.</summary>
public sealed record Customer(
    int CustomerKey,
    string Name,
    string Gender,
    DateOnly Birthday,
    string City,
    string State,
    string Country,
    string Continent,
    DateTime ChangedAt);
