using TechShop.Core.Streaming;

namespace TechShop.Core.Enrichment;

/// <summary>An enriched order, or the permanent reason it can never be enriched (the record is dead-lettered).</summary>
public readonly record struct EnrichmentResult(EnrichedOrder? Order, BadRecordKind Failure, string? Detail)
{
    public bool IsSuccess => Order is not null;

    public static EnrichmentResult Success(EnrichedOrder order) => new(order, BadRecordKind.None, null);

    public static EnrichmentResult Fail(BadRecordKind failure, string detail) => new(null, failure, detail);
}
