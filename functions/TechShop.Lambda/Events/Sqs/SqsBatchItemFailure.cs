using System.Text.Json.Serialization;

namespace TechShop.Lambda.Events.Sqs;

/// <summary>One entry of <see cref="SqsBatchResponse.BatchItemFailures"/>: the <c>messageId</c> of a message to retry.</summary>
public sealed record SqsBatchItemFailure([property: JsonPropertyName("itemIdentifier")] string ItemIdentifier);
