namespace TechShop.Core.Streaming;

/// <summary>A record that can never succeed, with its original bytes, coordinates and the reason.</summary>
public sealed record DeadLetter(StreamRecord Record, BadRecordKind Reason, string Detail);
