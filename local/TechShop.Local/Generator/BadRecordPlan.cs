using TechShop.Core.Streaming;

namespace TechShop.Local.Generator;

/// <summary>
/// How many malformed records a stream holds, exactly: round(order events × bad rate), half away from zero, dealt
/// over <see cref="Kinds"/> in turn, so kind i gets total / 5 plus one when i &lt; total mod 5.
/// Missing exchange rates are never injected: every order's rate is published before it.
/// </summary>
public static class BadRecordPlan
{
    /// <summary>The kinds injected, in the order they are dealt.</summary>
    public static IReadOnlyList<BadRecordKind> Kinds { get; } =
    [
        BadRecordKind.TruncatedBytes,
        BadRecordKind.WrongMagicByte,
        BadRecordKind.UnknownSchemaId,
        BadRecordKind.UnknownCurrency,
        BadRecordKind.NegativeQuantity,
    ];

    /// <summary>The currency code an <see cref="BadRecordKind.UnknownCurrency"/> record carries.</summary>
    public const string UnknownCurrencyCode = "XXX";

    /// <summary>The number of malformed records among <paramref name="orderEvents"/> order events at <paramref name="badRate"/>.</summary>
    public static int Total(int orderEvents, double badRate) =>
        (int)Math.Round(orderEvents * badRate, MidpointRounding.AwayFromZero);

    /// <summary>The exact number of records of each kind (every kind present, zero when none).</summary>
    public static IReadOnlyDictionary<BadRecordKind, int> ExpectedCounts(int orderEvents, double badRate)
    {
        var total = Total(orderEvents, badRate);
        return Kinds.Select((kind, i) => (kind, count: total / Kinds.Count + (i < total % Kinds.Count ? 1 : 0)))
            .ToDictionary(x => x.kind, x => x.count);
    }
}
