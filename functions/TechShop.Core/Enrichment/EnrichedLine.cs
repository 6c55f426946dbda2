namespace TechShop.Core.Enrichment;

/// <summary>An order line with its USD amount (<c>Money.LineToUsd</c>: rounded once, to cents, half away from zero).</summary>
public sealed record EnrichedLine(int LineNumber, int ProductKey, int Quantity, decimal UnitPriceLocal, decimal AmountLocal, decimal AmountUsd);
