using System.Buffers;
using System.Text.Json;
using TechShop.Avro.Archive;
using TechShop.Avro.Codecs;
using TechShop.Avro.Container;
using TechShop.Avro.Events;
using TechShop.Avro.Framing;
using TechShop.Avro.Schemas;
using TechShop.Core.Domain;
using TechShop.Core.Lake;
using TechShop.Core.Warehouse;
using TechShop.Local.Generator;
using TechShop.Local.Lake;
using TechShop.Local.Registry;
using TechShop.Local.Warehouse;
using TechShop.Snowflake.Warehouse;

namespace TechShop.Local.Tests.ColdPath;

public sealed class StreamArchiveLoadTests : IDisposable
{
    private const string Bucket = "techshop-lake";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "techshop-stream-archive-tests", Guid.NewGuid().ToString("N"));
    private readonly FolderLake _lake;
    private readonly SchemaRegistryStore _registry;
    private readonly DuckDbWarehouse _warehouse;

    public StreamArchiveLoadTests()
    {
        _lake = LocalColdPath.Lake(_root, Bucket);
        _registry = new SchemaRegistryStore(Path.Combine(_root, "registry"));
        _warehouse = new DuckDbWarehouse(LocalColdPath.WarehouseOptions(_root) with { MemoryLimit = "256MB", StreamRegistry = new PersistedSchemaRegistryClient(Path.Combine(_root, "registry")) });
    }

    [Fact]
    public async Task LoadBronze_WhenTheArchiveHoldsGoodBadAndTombstoneRecords_ShouldKeepEveryRecordWithItsDecodeStatus()
    {
        var orders = TechShopGenerator.Create(new GeneratorOptions { Seed = 3, Scale = 0.5, From = new DateOnly(2024, 5, 1), To = new DateOnly(2024, 5, 7) })
            .Orders.Take(2).Select(o => o.Placed).ToList();
        var schemaId = _registry.Register("orders-value", EventSchemas.Json(OrderEventCodec.Instance.SchemaPath));
        byte[] bad = [ConfluentFrame.MagicByte, 0, 0, 0, (byte)schemaId, 0xFF, 0xFF, 0xFF];
        var records = new List<ArchivedKafkaRecord>
        {
            Record(40, orders[0].OrderNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), Framed(schemaId, orders[0])),
            Record(41, "bad", bad),
            Record(42, orders[1].OrderNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), Framed(schemaId, orders[1])),
            Record(43, "gone", null),
        };
        var source = await LandAsync(LakeKey.StreamArchive("orders", new DateOnly(2024, 5, 1), 2, 40, 43), AvroContainerWriter.Write(KafkaRecordCodec.Instance, records));

        var first = await _warehouse.LoadBronzeAsync(source);
        var second = await _warehouse.LoadBronzeAsync(source);

        Assert.Equal((4L, false), (first.RowsLoaded, first.AlreadyLoaded));
        Assert.Equal((0L, true), (second.RowsLoaded, second.AlreadyLoaded));
        var rows = (await _warehouse.QueryAsync(
            "SELECT kafka_offset, decode_status, order_number, customer_key, schema_id, decode_error, lines_json, value_base64, _row_number "
            + "FROM BRONZE.STREAM_ORDERS ORDER BY kafka_offset")).Rows;
        Assert.Equal([40L, 41L, 42L, 43L], rows.Select(r => (long)r[0]!));
        Assert.Equal(["DECODED", "UNDECODABLE", "DECODED", "TOMBSTONE"], rows.Select(r => (string)r[1]!));
        Assert.Equal((orders[0].OrderNumber, (long)orders[0].CustomerKey, (long)schemaId), ((long)rows[0][2]!, (long)rows[0][3]!, (long)rows[0][4]!));
        Assert.Equal(orders[1].OrderNumber, (long)rows[2][2]!);
        Assert.StartsWith("MalformedAvroException: ", (string)rows[1][5]!, StringComparison.Ordinal);
        Assert.Equal(Convert.ToBase64String(bad), rows[1][7]);
        Assert.Null(rows[1][2]);
        Assert.Contains("\"product_key\"", (string)rows[0][6]!, StringComparison.Ordinal);
        Assert.Equal([1L, 2L, 3L, 4L], rows.Select(r => (long)r[8]!));
        Assert.Equal(4L, (await _warehouse.QueryAsync("SELECT rows_loaded FROM BRONZE.LOAD_AUDIT WHERE entity = 'stream_orders'")).Rows.Single()[0]);
    }

    [Fact]
    public async Task LoadBronze_WhenTheFxArchiveIsDecoded_ShouldTypeTheRateColumns()
    {
        var schemaId = _registry.Register("fx-rates-value", EventSchemas.Json(ExchangeRateCodec.Instance.SchemaPath));
        var rate = new ExchangeRate(new DateOnly(2024, 5, 2), "EUR", 1.07345612m);
        var source = await LandAsync(LakeKey.StreamArchive("fx-rates", new DateOnly(2024, 5, 2), 0, 7, 7),
            AvroContainerWriter.Write(KafkaRecordCodec.Instance, [Record(7, "EUR:2024-05-02", Framed(schemaId, rate), "fx-rates")]));
        var loaded = await _warehouse.LoadBronzeAsync(source with { Entity = "stream_fx_rates" });

        var row = (await _warehouse.QueryAsync("SELECT date, currency, rate_to_usd, record_key, kafka_topic FROM BRONZE.STREAM_FX_RATES")).Rows.Single();

        Assert.Equal(1L, loaded.RowsLoaded);
        Assert.Equal<object?>([new DateOnly(2024, 5, 2), "EUR", 1.07345612m, "EUR:2024-05-02", "fx-rates"], row);
    }

    [Fact]
    public async Task StagedForSnowflake_ShouldCarryTheValuesDuckDbLoadsForEveryColumn()
    {
        var orders = TechShopGenerator.Create(new GeneratorOptions { Seed = 5, Scale = 0.5, From = new DateOnly(2024, 5, 1), To = new DateOnly(2024, 5, 7) })
            .Orders.Take(2).Select(o => o.Placed).ToList();
        var schemaId = _registry.Register("orders-value", EventSchemas.Json(OrderEventCodec.Instance.SchemaPath));
        var records = new List<ArchivedKafkaRecord>
        {
            Record(50, "first", Framed(schemaId, orders[0])),
            Record(51, "bad", [ConfluentFrame.MagicByte, 0, 0, 0, (byte)schemaId, 0xFF]),
            Record(52, "gone", null),
            Record(53, "second", Framed(schemaId, orders[1])),
        };
        var source = await LandAsync(LakeKey.StreamArchive("orders", new DateOnly(2024, 5, 1), 2, 50, 53), AvroContainerWriter.Write(KafkaRecordCodec.Instance, records));
        await _warehouse.LoadBronzeAsync(source);
        var columns = StreamArchiveColumns.For("stream_orders")!;
        var decoder = new StreamArchiveDecoder(new EventDecoder(new PersistedSchemaRegistryClient(Path.Combine(_root, "registry"))));

        var staged = StagedStreamArchive.Write(await decoder.DecodeAllAsync(records), columns);

        var lines = System.Text.Encoding.UTF8.GetString(staged).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var rows = (await _warehouse.QueryAsync($"SELECT {string.Join(", ", columns.Select(c => c.Name))} FROM BRONZE.STREAM_ORDERS ORDER BY _row_number")).Rows;
        var loadedByDuckDb = rows.SelectMany((row, i) => columns.Select((column, c) => (Line: i + 1, column.Name, Value: Comparable(row[c])))).ToList();
        var stagedForSnowflake = lines.SelectMany((line, i) => columns.Select(column =>
            (Line: i + 1, column.Name, Value: Comparable(line.TryGetProperty(column.Name, out var value) ? value : default)))).ToList();
        Assert.Equal(4, rows.Count);
        Assert.Equal(["DECODED", "UNDECODABLE", "TOMBSTONE", "DECODED"], lines.Select(l => l.GetProperty("decode_status").GetString()));
        Assert.Equal(loadedByDuckDb, stagedForSnowflake);
    }

    // One spelling per value for both sides: numbers as invariant decimals, dates and times in the extract's formats.
    private static string? Comparable(object? value) => value switch
    {
        null => null,
        JsonElement { ValueKind: JsonValueKind.Undefined or JsonValueKind.Null } => null,
        JsonElement { ValueKind: JsonValueKind.Number } number => number.GetDecimal().ToString(System.Globalization.CultureInfo.InvariantCulture),
        JsonElement json => json.GetString(),
        DateOnly date => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        DateTime time => time.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture),
        long or decimal or int => Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture).ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task LoadBronze_WhenTheFileIsNotAnAvroContainer_ShouldRejectItAndWriteNothing()
    {
        var source = await LandAsync(LakeKey.StreamArchive("orders", new DateOnly(2024, 5, 1), 0, 1, 2), "{\"not\": \"avro\"}"u8.ToArray());

        var error = await Assert.ThrowsAsync<BronzeObjectRejectedException>(() => _warehouse.LoadBronzeAsync(source));

        Assert.Contains("not a readable Avro container of KafkaRecord", error.Reason, StringComparison.Ordinal);
        Assert.Equal(0L, (await _warehouse.QueryAsync("SELECT COUNT(*) FROM BRONZE.STREAM_ORDERS")).Rows[0][0]);
        Assert.Equal(0L, (await _warehouse.QueryAsync("SELECT COUNT(*) FROM BRONZE.LOAD_AUDIT")).Rows[0][0]);
    }

    public void Dispose()
    {
        _warehouse.Dispose();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private async Task<BronzeObject> LandAsync(string key, byte[] content)
    {
        await new ModelRunner(_warehouse).EnsureSchemaAsync();
        var info = await _lake.PutAsync(key, new MemoryStream(content), "avro/binary");
        return new BronzeObject(Bucket, key, info.ETag, "stream_orders", BronzeFormat.AvroContainer);
    }

    private static ArchivedKafkaRecord Record(long offset, string key, byte[]? value, string topic = "orders") =>
        new(topic, 2, offset, new DateTime(2024, 5, 1, 12, 0, 0, DateTimeKind.Utc).AddSeconds(offset), KafkaTimestampType.CreateTime,
            System.Text.Encoding.UTF8.GetBytes(key), value, []);

    private static byte[] Framed<T>(int schemaId, T value)
        where T : class
    {
        var buffer = new ArrayBufferWriter<byte>();
        ConfluentFrame.WriteHeader(buffer, schemaId);
        Codec<T>().Encode(value, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    private static RecordCodec<T> Codec<T>()
        where T : class =>
        (RecordCodec<T>)(object)(typeof(T) == typeof(OrderEvent) ? OrderEventCodec.Instance : ExchangeRateCodec.Instance);
}
