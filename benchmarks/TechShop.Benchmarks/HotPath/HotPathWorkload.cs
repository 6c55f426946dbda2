using System.Buffers;
using System.Text.Json;
using TechShop.Avro.Codecs;
using TechShop.Avro.Events;
using TechShop.Avro.Schemas;
using TechShop.Benchmarks.Avro;
using TechShop.Core.Domain;
using TechShop.Core.Enrichment;
using TechShop.Core.Streaming;
using TechShop.Lambda.Events.Kafka;
using TechShop.Lambda.Hosting;
using TechShop.Lambda.Logging;
using TechShop.Lambda.Metrics;
using TechShop.Lambda.Serialization;

namespace TechShop.Benchmarks.HotPath;

/// <summary>
/// The hot path's benchmark input: seeded orders framed with schema id 1 (span codec), a rate for every
/// (currency, order date) they use, and the 10,000-record KafkaEvent JSON of four orders partitions.
/// </summary>
internal sealed class HotPathWorkload
{
    public const int SchemaId = 1;
    public const int Partitions = 4;

    private const string StreamEnrichHandlerName = TechShop.Functions.HotPath.StreamEnrichHandler.HandlerName;

    /// <param name="records">Orders in the batch.</param>
    /// <param name="live">
    /// True: event times in the last five minutes and order dates of the last week, as a live stream has them (few
    /// table partitions per batch). False: the codec benchmarks' orders, spread over a year (a partition per order,
    /// as a replay of history would be).
    /// </param>
    public HotPathWorkload(int records, bool live = true)
    {
        var now = DateTime.UtcNow;
        var random = new Random(11);
        Orders = BenchmarkOrders.Create(records)
            .Select(o => live
                ? o with
                {
                    EventTime = now.AddMilliseconds(-random.Next(300_000)),
                    OrderDate = DateOnly.FromDateTime(now).AddDays(-random.Next(7)),
                    DeliveryDate = null,
                }
                : o)
            .ToList();
        Framed = Orders.Select(order =>
        {
            var buffer = new ArrayBufferWriter<byte>(256);
            EventEncoder.Encode(OrderEventCodec.Instance, SchemaId, order, buffer);
            return buffer.WrittenSpan.ToArray();
        }).ToArray();
        Rates = Orders.Where(o => o.CurrencyCode != "USD")
            .Select(o => (o.CurrencyCode, o.OrderDate)).Distinct()
            .Select(k => new ExchangeRate(k.OrderDate, k.CurrencyCode, 0.5m + (k.OrderDate.DayOfYear % 100) / 100m))
            .ToList();
        var start = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() - 60_000;
        var offsets = new long[Partitions];
        EventJson = JsonSerializer.SerializeToUtf8Bytes(
            KafkaEvent.FromRecords(KafkaEvent.MskEventSource, null, "b-1:9098", Orders.Select((order, i) => new KafkaEventRecord
            {
                Topic = Topics.Orders,
                Partition = i % Partitions,
                Offset = offsets[i % Partitions]++,
                Timestamp = start + i,
                TimestampType = "CREATE_TIME",
                Key = System.Text.Encoding.UTF8.GetBytes(order.OrderNumber.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                Value = Framed[i],
            })),
            LambdaJsonContext.Default.KafkaEvent);
    }

    public List<OrderEvent> Orders { get; }

    public byte[][] Framed { get; }

    public List<ExchangeRate> Rates { get; }

    public byte[] EventJson { get; }

    public FxRateTable RateTable()
    {
        var table = new FxRateTable();
        foreach (var rate in Rates)
        {
            table.Set(rate);
        }

        return table;
    }

    public static EventDecoder Decoder()
    {
        var decoder = new EventDecoder(new PreloadedSchemaRegistry(SchemaId, EventSchemas.Json(EventSchemas.OrderEventCurrent)));
        decoder.WarmUpAsync(Topics.Orders, SchemaId).GetAwaiter().GetResult();
        return decoder;
    }

    /// <summary>A warm invocation's context: logs and metrics written to nowhere, a 15-minute deadline.</summary>
    public static LambdaContext Context() => new(TimeProvider.System)
    {
        AwsRequestId = "bench",
        FunctionName = StreamEnrichHandlerName,
        InvokedFunctionArn = "arn:aws:lambda:local:000000000000:function:" + StreamEnrichHandlerName,
        Deadline = DateTimeOffset.UtcNow.AddMinutes(15),
        Logger = new JsonLambdaLogger(Stream.Null, LambdaLogLevel.Info, TimeProvider.System, "bench"),
        Metrics = new MetricsLogger("TechShop", Stream.Null, TimeProvider.System),
    };
}
