using System.Collections.Concurrent;
using Avro;

namespace TechShop.Avro.Schemas;

/// <summary>The schema files of <c>schemas/</c>, embedded in this assembly; the current version of each record is the one the fast codecs read and write.</summary>
public static class EventSchemas
{
    public const string OrderEventV1 = "orders/order-event.v1.avsc";
    public const string OrderEventV2 = "orders/order-event.v2.avsc";
    public const string CustomerV1 = "customers/customer.v1.avsc";
    public const string ExchangeRateV1 = "fx-rates/exchange-rate.v1.avsc";
    public const string ProductV1 = "catalog/product.v1.avsc";
    public const string StoreV1 = "catalog/store.v1.avsc";
    public const string KafkaRecordV1 = "archive/kafka-record.v1.avsc";

    /// <summary>The version the fast OrderEvent codec reads and writes.</summary>
    public const string OrderEventCurrent = OrderEventV2;

    private static readonly ConcurrentDictionary<string, Schema> Parsed = new(StringComparer.Ordinal);

    /// <summary>Every embedded schema file, by path under <c>schemas/</c>.</summary>
    public static IReadOnlyList<string> All { get; } =
        [OrderEventV1, OrderEventV2, CustomerV1, ExchangeRateV1, ProductV1, StoreV1, KafkaRecordV1];

    /// <summary>The versions of each evolving record, oldest first.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Histories { get; } =
        [[OrderEventV1, OrderEventV2], [CustomerV1], [ExchangeRateV1], [ProductV1], [StoreV1], [KafkaRecordV1]];

    /// <summary>The JSON text of a schema file, e.g. <c>orders/order-event.v2.avsc</c>.</summary>
    public static string Json(string path)
    {
        using var stream = typeof(EventSchemas).Assembly.GetManifestResourceStream("schemas/" + path)
            ?? throw new ArgumentException($"No embedded schema '{path}'; known: {string.Join(", ", All)}.", nameof(path));
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The parsed schema of a schema file (parsed once).</summary>
    public static Schema Parse(string path) => Parsed.GetOrAdd(path, static p => Schema.Parse(Json(p)));
}
