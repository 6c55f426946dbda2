namespace TechShop.Core.Realtime;

/// <summary>Why an order's gross revenue is at risk: cancelled before fulfilment or returned after it.</summary>
public enum RevenueAtRiskKind
{
    None = 0,
    BeforeFulfilment = 1,
    AfterFulfilment = 2,
}
