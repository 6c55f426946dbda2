namespace TechShop.Local.Streaming;

/// <summary>One record ready for Kafka: its topic, UTF-8 key, Confluent-framed value and event time.</summary>
public sealed record EncodedStreamRecord(string Topic, byte[] Key, byte[] Value, DateTime EventTime);
