using TechShop.Core.Streaming;

namespace TechShop.Local.Generator;

/// <summary>
/// One record to publish: its topic, its key (CONTRACTS.md "Kafka topics and keys"), its event time (UTC), and its
/// payload — an <see cref="TechShop.Core.Domain.OrderEvent"/> on <c>orders</c>, a <see cref="TechShop.Core.Domain.Customer"/>
/// on <c>customers</c>, an <see cref="TechShop.Core.Domain.ExchangeRate"/> on <c>fx-rates</c>.
/// <see cref="BadKind"/> is not <see cref="BadRecordKind.None"/> for a deliberately malformed record: domain kinds are
/// already applied to the payload, byte kinds are for the encoder to apply when it frames the bytes.
/// <see cref="IsLate"/> marks a record published after records with later event times.
/// </summary>
public sealed record StreamEvent(string Topic, string Key, DateTime EventTime, BadRecordKind BadKind, bool IsLate, object Payload);
