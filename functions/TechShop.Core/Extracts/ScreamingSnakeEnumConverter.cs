using System.Text.Json;
using System.Text.Json.Serialization;

namespace TechShop.Core.Extracts;

/// <summary>Writes and reads an enum as its SCREAMING_SNAKE name (<c>InStore</c> → <c>"IN_STORE"</c>); integers are refused.</summary>
public sealed class ScreamingSnakeEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.SnakeCaseUpper, allowIntegerValues: false)
    where TEnum : struct, Enum;
