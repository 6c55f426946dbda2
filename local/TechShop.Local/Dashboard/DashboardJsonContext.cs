using System.Text.Json.Serialization;
using TechShop.Core.Realtime;

namespace TechShop.Local.Dashboard;

/// <summary>Source-generated JSON of the live endpoints: camelCase names, enums by name, decimals as exact numbers.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(LiveSummary))]
[JsonSerializable(typeof(LiveDay<DailyRevenue>))]
[JsonSerializable(typeof(LiveWindow<MinuteVolume>))]
[JsonSerializable(typeof(LiveWindow<OrderEventRow>))]
[JsonSerializable(typeof(LiveWindow<PaymentMix>))]
[JsonSerializable(typeof(LiveWindow<ProcessingLagRow>))]
[JsonSerializable(typeof(LiveDay<ProductSales>))]
[JsonSerializable(typeof(LiveDay<OrderAlertRow>))]
[JsonSerializable(typeof(DashboardError))]
internal sealed partial class DashboardJsonContext : JsonSerializerContext;
