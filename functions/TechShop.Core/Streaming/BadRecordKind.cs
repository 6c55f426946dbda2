namespace TechShop.Core.Streaming;

/// <summary>
/// The kinds of malformed record the hot path must survive. The generator injects them only when asked
/// (<c>--bad-rate</c>); the enrichment dead-letters each with this kind as its reason.
/// </summary>
public enum BadRecordKind
{
    None = 0,
    TruncatedBytes = 1,
    WrongMagicByte = 2,
    UnknownSchemaId = 3,
    UnknownCurrency = 4,
    NegativeQuantity = 5,
    MissingExchangeRate = 6,
}
