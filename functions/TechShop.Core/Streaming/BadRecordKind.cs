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

    /// <summary>An fx-rate event whose rate is zero or negative.</summary>
    InvalidExchangeRate = 7,

    /// <summary>A record from a topic the hot path does not consume.</summary>
    UnknownTopic = 8,

    /// <summary>A value whose framing is right but whose Avro body is not a valid instance of its schema.</summary>
    MalformedValue = 9,

    /// <summary>An order event without lines.</summary>
    EmptyOrder = 10,
}
