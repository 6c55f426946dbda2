using System.Text.Json.Serialization;
using TechShop.Core.Domain;
using TechShop.Core.Extracts;

namespace TechShop.Snowflake.Warehouse;

/// <summary>
/// The extract row records with the extract's naming (snake_case): their source-generated metadata is where
/// the bronze column lists come from, so a property added to a record becomes a bronze column without a copy.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(Customer))]
[JsonSerializable(typeof(Product))]
[JsonSerializable(typeof(Store))]
[JsonSerializable(typeof(ExchangeRate))]
[JsonSerializable(typeof(OrderRow))]
[JsonSerializable(typeof(OrderLineRow))]
internal sealed partial class ExtractJsonContext : JsonSerializerContext;
