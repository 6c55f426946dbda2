using System.Text;
using System.Text.Json;
using TechShop.Avro.Events;
using TechShop.Core.Domain;
using TechShop.Core.Streaming;
using TechShop.Lambda.Events.Kafka;
using TechShop.Lambda.Serialization;
using TechShop.Local.Registry;

namespace TechShop.Functions.Tests.HotPath;

/// <summary>
/// A Kafka batch of real Avro records (encoded against the persisted registry of a data directory): one fx rate, one
/// customer, one good order, and one record of each bad kind, with the values the tests assert.
/// </summary>
internal sealed class HotPathBatch
{
    public static readonly DateOnly OrderDate = new(2025, 3, 1);
    public static readonly DateTime EventTime = new(2025, 3, 1, 10, 15, 0, DateTimeKind.Utc);
    public const long KafkaTimestampMs = 1_740_824_100_500; // 2025-03-01T10:15:00.500Z

    /// <summary>2 × 100.00 × 1.08 = 216.00 plus 1 × 50.50 × 1.08 = 54.54.</summary>
    public const decimal GoodOrderGrossUsd = 270.54m;

    private readonly EventEncoder _encoder;
    private readonly List<KafkaEventRecord> _records = [];
    private readonly Dictionary<string, long> _nextOffset = new(StringComparer.Ordinal);

    public HotPathBatch(string dataDirectory)
    {
        Registry = new PersistedSchemaRegistryClient(Path.Combine(dataDirectory, "registry"));
        _encoder = new EventEncoder(Registry);
    }

    public PersistedSchemaRegistryClient Registry { get; }

    public IReadOnlyList<KafkaEventRecord> Records => _records;

    /// <summary>Offsets of the bad records, by the reason they must be dead-lettered with.</summary>
    public Dictionary<BadRecordKind, (string Topic, long Offset, byte[] Value)> Bad { get; } = [];

    public static OrderEvent Order(long number, string currency = "EUR", int quantity = 2, DateOnly? date = null) => new(
        Guid.Parse("8f2b6c1e-0000-4000-8000-" + number.ToString("D12", System.Globalization.CultureInfo.InvariantCulture)),
        OrderStatus.Placed, number, EventTime, date ?? OrderDate, null, 42, 3, SalesChannel.Online, currency, PaymentMethod.CreditCard,
        [new OrderLine(1, 7, quantity, 100.00m), new OrderLine(2, 9, 1, 50.50m)]);

    public static Customer Customer() => new(42, "Ada Lovelace", "Female", new DateOnly(1990, 12, 10), "London", "England", "United Kingdom", "Europe", EventTime);

    /// <summary>The standard batch: good rate, customer and order, then every bad kind.</summary>
    public static async Task<HotPathBatch> StandardAsync(string dataDirectory)
    {
        var batch = new HotPathBatch(dataDirectory);
        await batch.AddAsync(Topics.FxRates, "EUR:2025-03-01", new ExchangeRate(OrderDate, "EUR", 1.08m));
        await batch.AddAsync(Topics.Customers, "42", Customer());
        await batch.AddAsync(Topics.Orders, "1001", Order(1001));

        batch.AddBad(BadRecordKind.TruncatedBytes, Topics.Orders, [0, 0, 1]);
        var wrongMagic = await batch._encoder.EncodeAsync(Topics.Orders, Order(1002));
        wrongMagic[0] = 9;
        batch.AddBad(BadRecordKind.WrongMagicByte, Topics.Orders, wrongMagic);
        var unknownId = await batch._encoder.EncodeAsync(Topics.Orders, Order(1003));
        unknownId[1] = 0x7f;
        batch.AddBad(BadRecordKind.UnknownSchemaId, Topics.Orders, unknownId);
        batch.AddBad(BadRecordKind.UnknownCurrency, Topics.Orders, await batch._encoder.EncodeAsync(Topics.Orders, Order(1004, currency: "XYZ")));
        batch.AddBad(BadRecordKind.NegativeQuantity, Topics.Orders, await batch._encoder.EncodeAsync(Topics.Orders, Order(1005, quantity: -1)));
        batch.AddBad(BadRecordKind.MissingExchangeRate, Topics.Orders,
            await batch._encoder.EncodeAsync(Topics.Orders, Order(1006, currency: "GBP", date: new DateOnly(2025, 2, 1))));
        return batch;
    }

    public async Task<byte[]> AddAsync(string topic, string key, object value, int partition = 0)
    {
        var bytes = await _encoder.EncodeAsync(topic, value);
        Add(topic, partition, Encoding.UTF8.GetBytes(key), bytes);
        return bytes;
    }

    public void Add(string topic, int partition, byte[]? key, byte[]? value, IReadOnlyList<KafkaHeader>? headers = null)
    {
        var coordinates = $"{topic}-{partition}";
        var offset = _nextOffset.GetValueOrDefault(coordinates, 100);
        _nextOffset[coordinates] = offset + 1;
        _records.Add(new KafkaEventRecord
        {
            Topic = topic,
            Partition = partition,
            Offset = offset,
            Timestamp = KafkaTimestampMs + _records.Count,
            TimestampType = "CREATE_TIME",
            Key = key,
            Value = value,
            Headers = headers ?? [],
        });
    }

    public KafkaEvent Event() => KafkaEvent.FromRecords(
        KafkaEvent.MskEventSource, "arn:aws:kafka:eu-west-1:000000000000:cluster/techshop/1", "b-1.techshop:9098", _records);

    public byte[] Json() => JsonSerializer.SerializeToUtf8Bytes(Event(), LambdaJsonContext.Default.KafkaEvent);

    private void AddBad(BadRecordKind kind, string topic, byte[] value)
    {
        Add(topic, 0, Encoding.UTF8.GetBytes(kind.ToString()), value);
        Bad[kind] = (topic, _records[^1].Offset, value);
    }
}
