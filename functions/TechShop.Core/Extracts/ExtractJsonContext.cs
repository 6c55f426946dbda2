using System.Text.Json;
using System.Text.Json.Serialization;
using TechShop.Core.Domain;
using TechShop.Core.Streaming;

namespace TechShop.Core.Extracts;

/// <summary>
/// Source-generated JSON for the extract rows and the domain payloads (CONTRACTS.md "Daily extracts"): snake_case
/// names, SCREAMING_SNAKE enums, dates <c>yyyy-MM-dd</c>, times <c>yyyy-MM-ddTHH:mm:ss.fffZ</c>, nulls written.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    NumberHandling = JsonNumberHandling.Strict,
    IgnoreReadOnlyProperties = true,
    Converters =
    [
        typeof(UtcMillisecondsDateTimeConverter),
        typeof(ScreamingSnakeEnumConverter<OrderStatus>),
        typeof(ScreamingSnakeEnumConverter<SalesChannel>),
        typeof(ScreamingSnakeEnumConverter<PaymentMethod>),
        typeof(ScreamingSnakeEnumConverter<BadRecordKind>),
    ])]
[JsonSerializable(typeof(Customer))]
[JsonSerializable(typeof(Product))]
[JsonSerializable(typeof(Store))]
[JsonSerializable(typeof(ExchangeRate))]
[JsonSerializable(typeof(OrderRow))]
[JsonSerializable(typeof(OrderLineRow))]
[JsonSerializable(typeof(OrderEvent))]
[JsonSerializable(typeof(OrderLine))]
[JsonSerializable(typeof(BadRecordKind))]
public sealed partial class ExtractJsonContext : JsonSerializerContext;
