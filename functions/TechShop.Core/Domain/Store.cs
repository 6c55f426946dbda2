namespace TechShop.Core.Domain;

/// <summary>A store; the online store has <see cref="IsOnline"/> set and no floor area.</summary>
public sealed record Store(
    int StoreKey,
    string Name,
    string Country,
    string State,
    int? SquareMeters,
    DateOnly OpenDate,
    bool IsOnline);
