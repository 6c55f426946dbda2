namespace TechShop.Local.Dashboard;

/// <summary>A live panel's rows over the stream-time window [<see cref="From"/>, <see cref="To"/>).</summary>
internal sealed record LiveWindow<T>(DateTime From, DateTime To, IReadOnlyList<T> Items);
