namespace TechShop.Core.Realtime;

/// <summary>One product's sales on one order date: units, USD revenue and the number of lines.</summary>
public sealed record ProductSales(int ProductKey, int Quantity, decimal RevenueUsd, int Lines);
