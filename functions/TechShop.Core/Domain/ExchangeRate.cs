namespace TechShop.Core.Domain;

/// <summary>
/// The rate in force for <see cref="Currency"/> on <see cref="Date"/>: one unit of the currency is worth
/// <see cref="RateToUsd"/> US dollars, so amount_usd = amount_local × RateToUsd.
/// </summary>
public sealed record ExchangeRate(DateOnly Date, string Currency, decimal RateToUsd);
