namespace TechShop.Core.Realtime;

/// <summary>Row counts of every realtime table, for the end-of-run reconciliation.</summary>
public sealed record RealtimeCounts(
    long OrderEvents,
    long Orders,
    long OrderItems,
    long OrderAlerts,
    long ProcessingLag,
    long Customers,
    long ExchangeRates);
