using System.Text;
using System.Text.Json;
using TechShop.Avro.Codecs;
using TechShop.Avro.Container;
using TechShop.Avro.Registry;
using TechShop.Core.Domain;
using TechShop.Core.Warehouse;
using TechShop.Snowflake.Warehouse;
using static TechShop.Snowflake.Tests.StreamArchiveFixture;

namespace TechShop.Snowflake.Tests;

public sealed class SnowflakeStreamArchiveLoaderTests
{
    private static readonly SnowflakeWarehouseOptions Options = new() { LakeBucket = Bucket };

    [Fact]
    public async Task LoadBronzeAsync_WhenAnArchiveFileIsNew_ShouldStageItsDecodedRowsAndCopyThemWithLineageAndAudit()
    {
        var lake = new MemoryLake(Bucket);
        var eTag = lake.Seed(ArchiveKey, Archive());
        var source = Source(eTag);
        await using var server = await FakeHttpServer.StartAsync(SqlApi(audited: () => false));
        using var http = new HttpClient();
        var warehouse = new SnowflakeWarehouse(SqlApiFixture.Client(server, http), Options).WithStreamArchive(lake, Decoder());

        var outcome = await warehouse.LoadBronzeAsync(source);

        Assert.Equal(new BronzeLoadOutcome(source, 3, AlreadyLoaded: false), outcome);
        var stagedKey = $"raw/staged/stream/fx-rates/dt=2024-05-02/fx-rates-0-7-9.{eTag}.jsonl";
        var put = Assert.Single(lake.Puts);
        Assert.Equal((stagedKey, "application/x-ndjson"), (put.Key, put.ContentType));
        Assert.Equal(ExpectedStagedText(), Encoding.UTF8.GetString(put.Content));
        using var audit = JsonDocument.Parse(server.Requests[0].Body);
        Assert.Equal("SELECT rows_loaded FROM BRONZE.LOAD_AUDIT WHERE bucket = ? AND object_key = ? AND etag = ?", audit.RootElement.GetProperty("statement").GetString());
        Assert.Equal([Bucket, ArchiveKey, eTag], audit.RootElement.GetProperty("bindings").EnumerateObject().Select(b => b.Value.GetProperty("value").GetString()));
        using var load = JsonDocument.Parse(server.Requests[1].Body);
        Assert.Equal("4", load.RootElement.GetProperty("parameters").GetProperty("MULTI_STATEMENT_COUNT").GetString());
        Assert.Equal(ExpectedTransaction(eTag), load.RootElement.GetProperty("statement").GetString());
        Assert.Equal(
            ["/api/v2/statements", "/api/v2/statements", "/api/v2/statements/h-begin", "/api/v2/statements/h-copy", "/api/v2/statements/h-audit-insert", "/api/v2/statements/h-commit"],
            server.Requests.Select(r => r.Path));
    }

    [Fact]
    public async Task LoadAsync_WhenTheLoadIsRetriedAfterTheTransactionFailed_ShouldWriteTheSameStagedKeyAndBytes()
    {
        var lake = new MemoryLake(Bucket);
        var source = Source(lake.Seed(ArchiveKey, Archive()));
        var attempts = 0;
        await using var server = await FakeHttpServer.StartAsync(request =>
            request.Path == "/api/v2/statements" && !request.BodyText.Contains("SELECT rows_loaded", StringComparison.Ordinal) && ++attempts == 1
                ? new Reply(422, SqlApiResponses.Failure("h-failed", "000625", "57014", "Statement reached its statement or warehouse timeout of 120 second(s) and was canceled."))
                : SqlApi(audited: () => false)(request));
        using var http = new HttpClient();
        var loader = new SnowflakeStreamArchiveLoader(SqlApiFixture.Client(server, http), Options, lake, Decoder());

        await Assert.ThrowsAnyAsync<Exception>(() => loader.LoadAsync(source));
        var retried = await loader.LoadAsync(source);

        Assert.Equal(3, retried.RowsLoaded);
        Assert.Equal(2, lake.Puts.Count);
        Assert.Equal(lake.Puts[0].Key, lake.Puts[1].Key);
        Assert.Equal(lake.Puts[0].Content, lake.Puts[1].Content);
        Assert.Equal(ExpectedStagedText(), Encoding.UTF8.GetString(lake.Puts[1].Content));
    }

    [Fact]
    public async Task LoadAsync_WhenTheAuditHasTheArchiveFile_ShouldReadWriteAndCopyNothing()
    {
        var lake = new MemoryLake(Bucket);
        var source = Source(lake.Seed(ArchiveKey, Archive()));
        await using var server = await FakeHttpServer.StartAsync(SqlApi(audited: () => true));
        using var http = new HttpClient();
        var loader = new SnowflakeStreamArchiveLoader(SqlApiFixture.Client(server, http), Options, lake, Decoder());

        var outcome = await loader.LoadAsync(source);

        Assert.Equal(new BronzeLoadOutcome(source, 0, AlreadyLoaded: true), outcome);
        Assert.Single(server.Requests);
        Assert.Empty(lake.Gets);
        Assert.Empty(lake.Puts);
    }

    [Theory]
    [InlineData("truncated block", "Block 0")]
    [InlineData("bad sync marker", "is not followed by the file's sync marker")]
    [InlineData("wrong schema", "cannot be read as com.techshop.archive.KafkaRecord")]
    [InlineData("not a container", "Not an Avro object container file")]
    public async Task LoadAsync_WhenTheFileIsNotAReadableArchive_ShouldRejectItWithTheReasonAndStageNothing(string corruption, string reasonPart)
    {
        var lake = new MemoryLake(Bucket);
        var source = Source(lake.Seed(ArchiveKey, Corrupt(corruption)));
        await using var server = await FakeHttpServer.StartAsync(SqlApi(audited: () => false));
        using var http = new HttpClient();
        var loader = new SnowflakeStreamArchiveLoader(SqlApiFixture.Client(server, http), Options, lake, Decoder());

        var error = await Assert.ThrowsAsync<BronzeObjectRejectedException>(() => loader.LoadAsync(source));

        Assert.StartsWith("the file is not a readable Avro container of KafkaRecord: ", error.Reason, StringComparison.Ordinal);
        Assert.Contains(reasonPart, error.Reason, StringComparison.Ordinal);
        Assert.Equal(source, error.RejectedObject);
        Assert.Empty(lake.Puts);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task LoadAsync_WhenTheRegistryIsDown_ShouldFailBeforeStagingOrCopyingAnything()
    {
        var lake = new MemoryLake(Bucket);
        var source = Source(lake.Seed(ArchiveKey, Archive()));
        await using var server = await FakeHttpServer.StartAsync(SqlApi(audited: () => false));
        using var http = new HttpClient();
        var loader = new SnowflakeStreamArchiveLoader(SqlApiFixture.Client(server, http), Options, lake, Decoder(Registry(down: true)));

        await Assert.ThrowsAsync<SchemaRegistryUnavailableException>(() => loader.LoadAsync(source));

        Assert.Empty(lake.Puts);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task LoadAsync_WhenTheObjectIsGone_ShouldRejectNamingIt()
    {
        var lake = new MemoryLake(Bucket);
        var source = Source("0f343b0931126a20f133d67c2b018a3b");
        await using var server = await FakeHttpServer.StartAsync(SqlApi(audited: () => false));
        using var http = new HttpClient();
        var loader = new SnowflakeStreamArchiveLoader(SqlApiFixture.Client(server, http), Options, lake, Decoder());

        var error = await Assert.ThrowsAsync<BronzeObjectRejectedException>(() => loader.LoadAsync(source));

        Assert.Equal($"the object s3://{Bucket}/{ArchiveKey} does not exist.", error.Reason);
    }

    [Fact]
    public async Task LoadAsync_WhenTheTopicHasNoStreamTable_ShouldRejectNamingTheTable()
    {
        var lake = new MemoryLake(Bucket);
        await using var server = await FakeHttpServer.StartAsync(SqlApi(audited: () => false));
        using var http = new HttpClient();
        var loader = new SnowflakeStreamArchiveLoader(SqlApiFixture.Client(server, http), Options, lake, Decoder());
        var source = new BronzeObject(Bucket, "raw/stream/returns/dt=2024-05-02/returns-0-1-2.avro", "etag", "stream_returns", BronzeFormat.AvroContainer);

        var error = await Assert.ThrowsAsync<BronzeObjectRejectedException>(() => loader.LoadAsync(source));

        Assert.Equal("there is no table BRONZE.STREAM_RETURNS for stream entity 'stream_returns' (an unknown topic?).", error.Reason);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task LoadAsync_WhenCopySkipsTheStagedFileAndTheAuditHasIt_ShouldReportAlreadyLoaded()
    {
        var lake = new MemoryLake(Bucket);
        var source = Source(lake.Seed(ArchiveKey, Archive()));
        var lookups = 0;
        await using var server = await FakeHttpServer.StartAsync(SqlApi(audited: () => ++lookups > 1, NoFileProcessed));
        using var http = new HttpClient();
        var loader = new SnowflakeStreamArchiveLoader(SqlApiFixture.Client(server, http), Options, lake, Decoder());

        var outcome = await loader.LoadAsync(source);

        Assert.Equal(new BronzeLoadOutcome(source, 0, AlreadyLoaded: true), outcome);
        Assert.Equal(2, lookups);
    }

    [Fact]
    public async Task LoadAsync_WhenCopySkipsTheStagedFileButTheAuditLacksIt_ShouldThrowTheConflictNamingTheStagedKey()
    {
        var lake = new MemoryLake(Bucket);
        var eTag = lake.Seed(ArchiveKey, Archive());
        await using var server = await FakeHttpServer.StartAsync(SqlApi(audited: () => false, NoFileProcessed));
        using var http = new HttpClient();
        var loader = new SnowflakeStreamArchiveLoader(SqlApiFixture.Client(server, http), Options, lake, Decoder());

        var error = await Assert.ThrowsAsync<StreamArchiveLoadConflictException>(() => loader.LoadAsync(Source(eTag)));

        Assert.Equal($"raw/staged/stream/fx-rates/dt=2024-05-02/fx-rates-0-7-9.{eTag}.jsonl", error.StagedKey);
        Assert.Contains("BRONZE.LOAD_AUDIT has no row for the archive file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_WhenTheArchiveWasOverwrittenSinceTheEvent_ShouldLoadNothingAndSayItIsSupersededNotAudited()
    {
        var lake = new MemoryLake(Bucket);
        var current = lake.Seed(ArchiveKey, Archive());
        await using var server = await FakeHttpServer.StartAsync(SqlApi(audited: () => false));
        using var http = new HttpClient();
        var loader = new SnowflakeStreamArchiveLoader(SqlApiFixture.Client(server, http), Options, lake, Decoder());
        var stale = Source("5d41402abc4b2a76b9719d911017c592");

        var outcome = await loader.LoadAsync(stale);

        Assert.Equal(BronzeLoadOutcome.SupersededBy(stale, current), outcome);
        Assert.Equal((true, false, 0L, current), (outcome.Superseded, outcome.AlreadyLoaded, outcome.RowsLoaded, outcome.SupersededByETag));
        Assert.Empty(lake.Puts);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task LoadAsync_WhenCopyRefusesTheStagedRows_ShouldFailLoudlyWithTheReasonAndNotRejectTheArchive()
    {
        var lake = new MemoryLake(Bucket);
        var eTag = lake.Seed(ArchiveKey, Archive());
        var stagedKey = $"raw/staged/stream/fx-rates/dt=2024-05-02/fx-rates-0-7-9.{eTag}.jsonl";
        var loadTransaction = SqlApi(audited: () => false);
        await using var server = await FakeHttpServer.StartAsync(request => request.Path == "/api/v2/statements" && request.BodyText.Contains("COPY INTO", StringComparison.Ordinal)
            ? new Reply(422, SqlApiResponses.Failure("h-load", "100071", "22000",
                $"Failed to cast variant value \\\"EUR\\\" to FIXED\\n  File 'staged/stream/fx-rates/dt=2024-05-02/fx-rates-0-7-9.{eTag}.jsonl', line 1, character 1"))
            : loadTransaction(request));
        using var http = new HttpClient();
        var loader = new SnowflakeStreamArchiveLoader(SqlApiFixture.Client(server, http), Options, lake, Decoder());

        var error = await Assert.ThrowsAsync<StagedStreamArchiveRefusedException>(() => loader.LoadAsync(Source(eTag)));

        Assert.Equal((ArchiveKey, stagedKey), (error.ArchiveFile.Key, error.StagedKey));
        Assert.Equal(
            $"Snowflake refused the file's data (code 100071, SQL state 22000, statement h-load): Failed to cast variant value \"EUR\" to FIXED; File 'staged/stream/fx-rates/dt=2024-05-02/fx-rates-0-7-9.{eTag}.jsonl', line 1, character 1",
            error.Reason);
        Assert.Contains("not a bad archive file: the archive was not quarantined", error.Message, StringComparison.Ordinal);
        Assert.IsType<Api.SnowflakeStatementException>(error.InnerException);
        Assert.NotNull(await lake.GetAsync(ArchiveKey));
    }

    private static byte[] Corrupt(string corruption)
    {
        var archive = Archive();
        return corruption switch
        {
            "truncated block" => archive[..^40],
            "bad sync marker" => [.. archive[..^1], (byte)(archive[^1] ^ 0xFF)],
            "wrong schema" => AvroContainerWriter.Write(ExchangeRateCodec.Instance, [new ExchangeRate(new DateOnly(2024, 5, 2), "EUR", 1.07345612m)]),
            _ => "{\"not\":\"avro\"}"u8.ToArray(),
        };
    }

    private static string ExpectedStagedText()
    {
        var rate = Convert.ToBase64String(RateValue);
        return
            "{\"kafka_topic\":\"fx-rates\",\"kafka_partition\":0,\"kafka_offset\":7,\"kafka_timestamp\":\"2024-05-02T08:15:30.412Z\",\"kafka_timestamp_type\":\"CreateTime\","
            + "\"record_key\":\"EUR:2024-05-02\",\"schema_id\":3,\"decode_status\":\"DECODED\",\"decode_error\":null,\"value_base64\":\"" + rate + "\","
            + "\"date\":\"2024-05-02\",\"currency\":\"EUR\",\"rate_to_usd\":1.07345612}\n"
            + "{\"kafka_topic\":\"fx-rates\",\"kafka_partition\":0,\"kafka_offset\":8,\"kafka_timestamp\":\"2024-05-02T08:15:30.412Z\",\"kafka_timestamp_type\":\"CreateTime\","
            + "\"record_key\":\"bad\",\"schema_id\":null,\"decode_status\":\"UNDECODABLE\","
            + "\"decode_error\":\"ConfluentFramingException: Magic byte is 0x07; the Confluent wire format starts with 0x00 (record is 5 bytes).\",\"value_base64\":\"BwAAAAM=\"}\n"
            + "{\"kafka_topic\":\"fx-rates\",\"kafka_partition\":0,\"kafka_offset\":9,\"kafka_timestamp\":\"2024-05-02T08:15:30.412Z\",\"kafka_timestamp_type\":\"CreateTime\","
            + "\"record_key\":\"EUR:2024-05-03\",\"schema_id\":null,\"decode_status\":\"TOMBSTONE\",\"decode_error\":null,\"value_base64\":null}\n";
    }

    private static string ExpectedTransaction(string eTag) => $"""
        BEGIN TRANSACTION;
        COPY INTO BRONZE.STREAM_FX_RATES (kafka_topic, kafka_partition, kafka_offset, kafka_timestamp, kafka_timestamp_type, record_key, schema_id, decode_status, decode_error, value_base64, date, currency, rate_to_usd, _source_key, _etag, _row_number, _loaded_at)
        FROM (
            SELECT
                $1:"kafka_topic"::VARCHAR,
                $1:"kafka_partition"::INTEGER,
                $1:"kafka_offset"::BIGINT,
                $1:"kafka_timestamp"::TIMESTAMP,
                $1:"kafka_timestamp_type"::VARCHAR,
                $1:"record_key"::VARCHAR,
                $1:"schema_id"::INTEGER,
                $1:"decode_status"::VARCHAR,
                $1:"decode_error"::VARCHAR,
                $1:"value_base64"::VARCHAR,
                $1:"date"::DATE,
                $1:"currency"::VARCHAR,
                $1:"rate_to_usd"::DECIMAL(18,8),
                'raw/stream/fx-rates/dt=2024-05-02/fx-rates-0-7-9.avro',
                '{eTag}',
                METADATA$FILE_ROW_NUMBER,
                CURRENT_TIMESTAMP
            FROM @BRONZE.RAW_STAGE
        )
        FILES = ('staged/stream/fx-rates/dt=2024-05-02/fx-rates-0-7-9.{eTag}.jsonl')
        FILE_FORMAT = (FORMAT_NAME = 'BRONZE.JSONL_FORMAT')
        ON_ERROR = ABORT_STATEMENT;
        INSERT INTO BRONZE.LOAD_AUDIT (bucket, object_key, etag, entity, rows_loaded, loaded_at)
        SELECT 'techshop-lake', 'raw/stream/fx-rates/dt=2024-05-02/fx-rates-0-7-9.avro', '{eTag}', 'stream_fx_rates', loaded.row_count, CURRENT_TIMESTAMP
        FROM (SELECT COUNT(*) AS row_count FROM BRONZE.STREAM_FX_RATES WHERE _source_key = 'raw/stream/fx-rates/dt=2024-05-02/fx-rates-0-7-9.avro' AND _etag = '{eTag}') AS loaded
        WHERE NOT EXISTS (SELECT 1 FROM BRONZE.LOAD_AUDIT WHERE bucket = 'techshop-lake' AND object_key = 'raw/stream/fx-rates/dt=2024-05-02/fx-rates-0-7-9.avro' AND etag = '{eTag}');
        COMMIT
        """;
}
