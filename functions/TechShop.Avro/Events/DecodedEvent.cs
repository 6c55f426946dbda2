namespace TechShop.Avro.Events;

/// <summary>
/// A decoded event value: <see cref="Value"/> is the domain record of the topic (OrderEvent, Customer, ExchangeRate, ...);
/// <see cref="ViaSchemaResolution"/> is true when it was written with an older or other schema and resolved by Apache.Avro.
/// </summary>
public readonly record struct DecodedEvent(string Topic, int SchemaId, object Value, bool ViaSchemaResolution);
