using System.Text.Json.Serialization;

namespace TechShop.Lambda.Events.Sqs;

/// <summary>A message attribute of an <see cref="SqsMessage"/>; binary values arrive base64-encoded and are decoded here.</summary>
public sealed record SqsMessageAttribute
{
    /// <summary><c>String</c>, <c>Number</c> or <c>Binary</c>, optionally with a custom suffix (<c>Number.float</c>).</summary>
    [JsonPropertyName("dataType")]
    public required string DataType { get; init; }

    [JsonPropertyName("stringValue")]
    public string? StringValue { get; init; }

    [JsonPropertyName("binaryValue")]
    public byte[]? BinaryValue { get; init; }

    [JsonPropertyName("stringListValues")]
    public IReadOnlyList<string> StringListValues { get; init => field = value ?? []; } = [];

    [JsonPropertyName("binaryListValues")]
    public IReadOnlyList<byte[]> BinaryListValues { get; init => field = value ?? []; } = [];
}
