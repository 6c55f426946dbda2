namespace TechShop.Core.Realtime;

/// <summary>Orders placed in one minute and their gross revenue, with the cancellations and returns of that minute.</summary>
public sealed record MinuteVolume(DateTime Minute, int OrdersPlaced, decimal RevenueUsd, int Cancellations, int Returns);
