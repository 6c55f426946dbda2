using System.Buffers.Binary;
using System.Text;
using TechShop.Avro.Events;
using TechShop.Avro.Registry;
using TechShop.Core.Domain;
using TechShop.Core.Streaming;
using TechShop.Local.Generator;
using TechShop.Local.Registry;
using TechShop.Local.Streaming;

namespace TechShop.Local.Tests.Streaming;

public sealed class StreamRecordEncoderTests : IAsyncLifetime
{
    private static readonly byte[] Framed = [0x00, 0x00, 0x00, 0x00, 0x07, 0x10, 0x20, 0x30];

    private readonly string _root = Path.Combine(Path.GetTempPath(), "techshop-encoder-" + Guid.NewGuid().ToString("N"));
    private readonly HttpClient _http = new();
    private EmbeddedSchemaRegistry? _registry;

    public async Task InitializeAsync() =>
        _registry = await EmbeddedSchemaRegistry.StartAsync(new EmbeddedSchemaRegistryOptions { DataDirectory = _root });

    public async Task DisposeAsync()
    {
        await _registry!.DisposeAsync();
        _http.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public void Damage_WhenTruncatedBytes_ShouldCutInsideTheConfluentHeader()
    {
        Assert.Equal(new byte[] { 0x00, 0x00, 0x00 }, StreamRecordEncoder.Damage(Framed, BadRecordKind.TruncatedBytes));
    }

    [Fact]
    public void Damage_WhenWrongMagicByte_ShouldReplaceOnlyByteZero()
    {
        Assert.Equal(new byte[] { 0x01, 0x00, 0x00, 0x00, 0x07, 0x10, 0x20, 0x30 }, StreamRecordEncoder.Damage(Framed, BadRecordKind.WrongMagicByte));
        Assert.Equal(0x00, Framed[0]);
    }

    [Fact]
    public void Damage_WhenUnknownSchemaId_ShouldRewriteTheBigEndianIdAndKeepTheBody()
    {
        Assert.Equal(new byte[] { 0x00, 0x7F, 0xFF, 0xFF, 0xFF, 0x10, 0x20, 0x30 }, StreamRecordEncoder.Damage(Framed, BadRecordKind.UnknownSchemaId));
    }

    [Theory]
    [InlineData(BadRecordKind.None)]
    [InlineData(BadRecordKind.UnknownCurrency)]
    [InlineData(BadRecordKind.NegativeQuantity)]
    public void Damage_WhenTheKindIsNotByteLevel_ShouldReturnTheBytesUnchanged(BadRecordKind kind)
    {
        Assert.Equal(Framed, StreamRecordEncoder.Damage(Framed, kind));
    }

    [Fact]
    public void Damage_WhenTheValueIsShorterThanAHeader_ShouldThrowNamingTheLength()
    {
        var error = Assert.Throws<ArgumentException>(() => StreamRecordEncoder.Damage([0x00, 0x01], BadRecordKind.WrongMagicByte));
        Assert.Contains("got 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Encode_ShouldFrameWithTheRegisteredSchemaIdAndKeyAsUtf8()
    {
        var encoder = new EventEncoder(new SchemaRegistryClient(_http, new SchemaRegistryClientOptions { Url = _registry!.Url }));
        var rate = new ExchangeRate(new DateOnly(2025, 12, 30), "EUR", 1.0412m);
        var streamEvent = new StreamEvent(Topics.FxRates, "EUR:2025-12-30", new DateTime(2025, 12, 30, 0, 0, 0, DateTimeKind.Utc), BadRecordKind.None, false, rate);

        var record = await new StreamRecordEncoder(encoder).EncodeAsync(streamEvent);

        var schemaId = await encoder.GetSchemaIdAsync(Topics.FxRates);
        Assert.Equal(Topics.FxRates, record.Topic);
        Assert.Equal("EUR:2025-12-30", Encoding.UTF8.GetString(record.Key));
        Assert.Equal(0x00, record.Value[0]);
        Assert.Equal(schemaId, BinaryPrimitives.ReadInt32BigEndian(record.Value.AsSpan(1, 4)));
        Assert.Equal(await encoder.EncodeAsync(Topics.FxRates, rate), record.Value);
    }
}
