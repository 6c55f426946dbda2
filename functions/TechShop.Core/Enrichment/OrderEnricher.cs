using TechShop.Core.Domain;
using TechShop.Core.Realtime;
using TechShop.Core.Streaming;

namespace TechShop.Core.Enrichment;

/// <summary>
/// Enriches order events: currency converted to USD at the order date's rate, cancellations and returns flagged,
/// revenue at risk, and processing lag from the event time and from the Kafka timestamp to now. Pure apart from
/// the rate table it reads.
/// </summary>
public sealed class OrderEnricher(FxRateTable rates)
{
    private readonly FxRateTable _rates = rates ?? throw new ArgumentNullException(nameof(rates));

    /// <summary>Enriches one event; a rule the event breaks is returned as a permanent failure, never thrown.</summary>
    /// <param name="order">The decoded event.</param>
    /// <param name="kafkaTimestamp">The record's Kafka timestamp (UTC).</param>
    /// <param name="processedAt">The processing time (UTC), from the processor's clock.</param>
    public EnrichmentResult Enrich(OrderEvent order, DateTime kafkaTimestamp, DateTime processedAt)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (!Currencies.IsSupported(order.CurrencyCode))
        {
            return EnrichmentResult.Fail(BadRecordKind.UnknownCurrency,
                $"Order {order.OrderNumber} is in currency '{order.CurrencyCode}'; expected one of {string.Join(", ", Currencies.Supported)}.");
        }

        var lines = order.Lines;
        if (lines.Count == 0)
        {
            return EnrichmentResult.Fail(BadRecordKind.EmptyOrder, $"Order {order.OrderNumber} has no lines; expected at least one.");
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Quantity <= 0)
            {
                return EnrichmentResult.Fail(BadRecordKind.NegativeQuantity,
                    $"Order {order.OrderNumber} line {lines[i].LineNumber} has quantity {lines[i].Quantity}; expected a positive quantity.");
            }
        }

        if (!_rates.TryGetRate(order.CurrencyCode, order.OrderDate, out var rate))
        {
            return EnrichmentResult.Fail(BadRecordKind.MissingExchangeRate,
                $"Order {order.OrderNumber} needs the {order.CurrencyCode} rate of {order.OrderDate:yyyy-MM-dd}; none is known.");
        }

        var enriched = new EnrichedLine[lines.Count];
        decimal grossLocal = 0m, grossUsd = 0m;
        var items = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var amountUsd = Money.LineToUsd(line.Quantity, line.UnitPrice, rate);
            enriched[i] = new EnrichedLine(line.LineNumber, line.ProductKey, line.Quantity, line.UnitPrice, line.AmountLocal, amountUsd);
            grossLocal += line.AmountLocal;
            grossUsd += amountUsd;
            items += line.Quantity;
        }

        var risk = order.Status switch
        {
            OrderStatus.Cancelled => RevenueAtRiskKind.BeforeFulfilment,
            OrderStatus.Returned => RevenueAtRiskKind.AfterFulfilment,
            _ => RevenueAtRiskKind.None,
        };

        return EnrichmentResult.Success(new EnrichedOrder(
            order, rate, enriched, grossLocal, grossUsd, items, risk, processedAt,
            processedAt - order.EventTime, processedAt - kafkaTimestamp));
    }
}
