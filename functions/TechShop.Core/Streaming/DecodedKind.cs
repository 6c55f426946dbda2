namespace TechShop.Core.Streaming;

/// <summary>What a decoded record holds.</summary>
public enum DecodedKind
{
    Failure = 0,
    Order = 1,
    Customer = 2,
    ExchangeRate = 3,
}
