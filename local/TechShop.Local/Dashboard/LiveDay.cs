namespace TechShop.Local.Dashboard;

/// <summary>A live panel's rows of one day (the day of the newest event), or of no day when the store is empty.</summary>
internal sealed record LiveDay<T>(DateOnly? Day, IReadOnlyList<T> Items);
