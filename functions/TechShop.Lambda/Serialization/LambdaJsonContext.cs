using System.Text.Json.Serialization;
using TechShop.Lambda.Events.Kafka;
using TechShop.Lambda.Events.S3;
using TechShop.Lambda.Events.Scheduled;
using TechShop.Lambda.Events.Sqs;
using TechShop.Lambda.Runtime;

namespace TechShop.Lambda.Serialization;

/// <summary>
/// Source-generated (AOT-safe) JSON for the Lambda event contracts, with the official serializer's conventions:
/// case-insensitive reads, nulls left out on write.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(KafkaEvent))]
[JsonSerializable(typeof(KafkaSchemaMetadata))]
[JsonSerializable(typeof(KafkaBatchResponse))]
[JsonSerializable(typeof(S3Event))]
[JsonSerializable(typeof(S3NotificationMessage))]
[JsonSerializable(typeof(SqsEvent))]
[JsonSerializable(typeof(SqsBatchResponse))]
[JsonSerializable(typeof(ScheduledEvent))]
[JsonSerializable(typeof(LambdaError))]
public sealed partial class LambdaJsonContext : JsonSerializerContext;
