using System.Buffers;
using TechShop.Avro.Archive;
using TechShop.Avro.Codecs;
using TechShop.Avro.Container;
using TechShop.Avro.Events;
using TechShop.Avro.Schemas;
using TechShop.Core.Domain;
using TechShop.Core.Lake;
using TechShop.Core.Warehouse;
using static TechShop.Snowflake.Tests.SqlApiResponses;

namespace TechShop.Snowflake.Tests;

/// <summary>A known fx-rates archive file (a decoded rate, a value with a wrong magic byte, a tombstone) and SQL API replies for its load.</summary>
internal static class StreamArchiveFixture
{
    public const string Bucket = "techshop-lake";
    public const int SchemaId = 3;

    public static readonly string ArchiveKey = LakeKey.StreamArchive("fx-rates", new DateOnly(2024, 5, 2), 0, 7, 9);

    public static readonly DateTime Timestamp = new(2024, 5, 2, 8, 15, 30, 412, DateTimeKind.Utc);

    public static readonly byte[] RateValue = Framed(new ExchangeRate(new DateOnly(2024, 5, 2), "EUR", 1.07345612m));

    public static readonly byte[] WrongMagicValue = [0x07, 0x00, 0x00, 0x00, 0x03];

    public static readonly string CopyColumns = "[" + string.Join(",",
        Column("file", "text"), Column("status", "text"), Column("rows_parsed", "fixed", 19, 0), Column("rows_loaded", "fixed", 19, 0),
        Column("error_limit", "fixed", 19, 0), Column("errors_seen", "fixed", 19, 0), Column("first_error", "text"),
        Column("first_error_line", "fixed", 19, 0), Column("first_error_character", "fixed", 19, 0), Column("first_error_column_name", "text")) + "]";

    public static byte[] Archive() => AvroContainerWriter.Write(KafkaRecordCodec.Instance, Records());

    public static IReadOnlyList<ArchivedKafkaRecord> Records() =>
    [
        Record(7, "EUR:2024-05-02", RateValue),
        Record(8, "bad", WrongMagicValue),
        Record(9, "EUR:2024-05-03", null),
    ];

    public static BronzeObject Source(string eTag) => new(Bucket, ArchiveKey, eTag, "stream_fx_rates", BronzeFormat.AvroContainer);

    public static StreamArchiveDecoder Decoder(StaticSchemaRegistry? registry = null) =>
        new(new EventDecoder(registry ?? Registry()));

    public static StaticSchemaRegistry Registry(bool down = false) =>
        new(new Dictionary<int, string> { [SchemaId] = EventSchemas.Json(ExchangeRateCodec.Instance.SchemaPath) }, down);

    /// <summary>The SQL API: the audit lookup answers <paramref name="audited"/>, the load transaction runs, COPY reports <paramref name="copyReply"/>.</summary>
    public static Func<RecordedRequest, Reply> SqlApi(Func<bool> audited, Func<string>? copyReply = null) => request => request.Path switch
    {
        "/api/v2/statements" when request.BodyText.Contains("SELECT rows_loaded", StringComparison.Ordinal) =>
            new Reply(200, audited()
                ? ResultSet("h-audit", $"[{Column("ROWS_LOADED", "fixed", 19, 0)}]", """[["3"]]""")
                : ResultSet("h-audit", $"[{Column("ROWS_LOADED", "fixed", 19, 0)}]", "[]", numRows: 0)),
        "/api/v2/statements" => new Reply(200, ResultSet("h-load", $"[{Column("multiple statement execution", "text")}]",
            """[["Multiple statements executed successfully."]]""", statementHandles: """["h-begin","h-copy","h-audit-insert","h-commit"]""")),
        "/api/v2/statements/h-copy" => new Reply(200, copyReply?.Invoke() ?? Copied(3)),
        var path => new Reply(200, ResultSet(path[(path.LastIndexOf('/') + 1)..], $"[{Column("status", "text")}]", """[["Statement executed successfully."]]""")),
    };

    public static string Copied(long rows) => ResultSet("h-copy", CopyColumns,
        $"""[["s3://techshop-lake/raw/staged/stream/fx-rates/dt=2024-05-02/fx-rates-0-7-9.jsonl","LOADED","{rows}","{rows}","1","0",null,null,null,null]]""");

    public static string NoFileProcessed() =>
        ResultSet("h-copy", $"[{Column("status", "text")}]", """[["Copy executed with 0 files processed."]]""");

    private static ArchivedKafkaRecord Record(long offset, string key, byte[]? value) =>
        new("fx-rates", 0, offset, Timestamp, KafkaTimestampType.CreateTime, System.Text.Encoding.UTF8.GetBytes(key), value, []);

    private static byte[] Framed(ExchangeRate rate)
    {
        var buffer = new ArrayBufferWriter<byte>();
        EventEncoder.Encode(ExchangeRateCodec.Instance, SchemaId, rate, buffer);
        return buffer.WrittenSpan.ToArray();
    }
}
